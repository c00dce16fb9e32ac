// Checklist item: how data is stored, processed and moved between services.
import type { ChecklistItem } from './item.js';

export const dataPipeline: ChecklistItem = {
  id: 'data-pipeline',
  title: 'Data pipeline and storage',
  area: 'data',
  question: 'How is data stored, processed and moved?',
  rationale:
    'How data is stored (warehouse or lake, row- or column-major formats such as CSV or Parquet), transformed (ETL or ELT) and moved between services (through a database, a service call, or a real-time transport such as Kafka) decides freshness, cost and which features are possible: batch processing gives static features, stream processing gives dynamic ones.',
  howToFix:
    'Describe where data is stored and in what format, how it is transformed (ETL / ELT, batch or streaming), how often, and how it flows between the services that produce and consume it.',
  heading: /\b(?:data (?:pipelines?|processing|engineering|flows?|storage|preparation|preprocessing|architecture|ingestion|management)|pipelines?|etl|elt|storage|ingestion|feature (?:engineering|pipeline|store)|pre-?processing|architecture)\b/i,
  strong:
    /\b(?:etl|elt|(?:data|feature|training|ingestion|batch|streaming|inference) pipelines?|ingest(?:ion|ed|s)?|stream(?:ing|ed|s)? (?:data|events|ingestion|processing)|real[- ]time (?:transport|ingestion|processing|features)|kafka|kinesis|pub\/?sub|event hubs?|rabbitmq|flink|spark|airflow|dagster|prefect|kubeflow pipelines|dbt|beam|dataflow|databricks|batch (?:jobs?|processing|process(?:es|ed)?)|warehouse|data lake|lakehouse|delta lake|parquet|avro|orc|csv|jsonl?|s3|gcs|blob storage|adls|bigquery|snowflake|redshift|postgres(?:ql)?|mysql|mongodb|cassandra|dynamodb|redis|elasticsearch|vector (?:database|db|store|index)|faiss|pinecone|chroma|feature stores?|feast|preprocess(?:ing|ed|es)?|pre-processing|aggregat(?:ed|es|ion|ing)|join(?:ed|s)? (?:with|on)|transform(?:ation|ations|ed|s)|clean(?:ing|ed)|normali[sz](?:e|ed|es|ation)|resiz(?:e|ed|ing)|chunk(?:ing|ed|s)|tokeni[sz]\w+|(?:is|are|be) stored|storage|schemas?|(?:hourly|daily|nightly|weekly) (?:jobs?|batch|loads?|aggregat\w+|exports?))\b/i,
  weak: /\b(?:pipeline|data flow|process(?:ed|ing)? (?:the )?data)\b/i,
};
