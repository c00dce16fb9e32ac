// Checklist item: where the data comes from.
import type { ChecklistItem } from './item.js';

export const dataSources: ChecklistItem = {
  id: 'data-sources',
  title: 'Data sources',
  area: 'data',
  question: 'Where does the data come from?',
  rationale:
    'Data comes from first-party sources (logs and user data the product collects), second-party sources (another company\'s data about its own users) and third-party sources (data collected on the public). Each has its own noise, freshness, cost and legal terms; user data in particular needs validation before a model trusts it.',
  howToFix:
    'Name each source concretely (which logs, tables, vendors or public datasets), who owns it, how fresh it is, and any access or privacy constraints.',
  heading: /\b(?:data(?: sources?| collection| acquisition| availability| inventory)?|datasets?|inputs?|sources)\b/i,
  strong:
    /\b(?:(?:collected|sourced|gathered|pulled|exported|scraped|ingested|obtained|extracted|retrieved|streamed|received|coming|comes) (?:\w+ ){0,3}from|data (?:comes|is collected|is sourced|sources? (?:is|are|include))|(?:event|application|server|access|system|transaction|audit|query|search|call|chat) logs?|logs? of|clickstreams?|user (?:data|interactions?|events?|profiles?|activity|history|behaviou?r)|transaction(?:al)? (?:data|history|records)|purchase history|first[- ]party|second[- ]party|third[- ]party|public(?:ly available)? (?:datasets?|data|corpus)|open (?:datasets?|data)|kaggle|hugging ?face datasets?|(?:internal|production|operational|relational) (?:databases?|data|tables?|systems?)|data warehouse|crm|erp|sensors?|telemetry|surveys?|recordings?|(?:medical|health) records|ehr|documentation (?:pages|site|sources)|wikipedia|images? (?:from|of|collected)|dataset (?:of|from|with|contains|consists)|\d[\d,.]*\s*(?:k|m|million|thousand)?\s*(?:images|recordings|samples|records|rows|documents|examples|transactions))\b/i,
  weak: /\b(?:data(?:sets?| sets?)?|database)\b/i,
};
