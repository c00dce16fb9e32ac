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
  facets: [
    {
      id: 'storage', core: true,
      label: 'says where data is stored and in what format',
      lacking: 'nothing on storage or formats',
      phrases: [
        'warehouse', 'data lake*', 'lakehouse', 'delta lake', 'parquet', 'avro', 'orc', 'csv', 'json', 'jsonl', 's3', 'gcs', 'blob storage', 'adls',
        'bigquery', 'snowflake', 'redshift', 'postgres*', 'mysql', 'mongodb', 'cassandra', 'dynamodb', 'redis', 'elasticsearch', 'opensearch', 'sqlite',
        'vector database|db|store|index', 'faiss', 'pinecone', 'chroma*', 'milvus', 'weaviate', 'qdrant', 'pgvector', 'feature store*', 'feast', 'hdfs',
        'is|are|be stored', 'stored in|as', 'storage layer|bucket*|account*|system*|tier*', 'object|cloud|blob|file storage', 'schema registry', 'table|data|database|event|avro|json|parquet schema*', 'object store*', 'bucket*', 'tfrecord*',
      ],
    },
    {
      id: 'processing', core: true,
      label: 'describes processing (batch or streaming, ETL)',
      lacking: 'nothing on how data is processed (batch or streaming, ETL / ELT)',
      phrases: [
        'etl', 'elt', 'data|feature|training|ingestion|batch|streaming|preprocessing|processing pipeline*', 'ingest*',
        'stream* data|events|ingestion|processing', 'real-time|realtime transport|ingestion|processing|features', 'kafka', 'kinesis', 'pub/sub', 'pubsub',
        'event hub*', 'rabbitmq', 'flink', 'spark', 'airflow', 'dagster', 'prefect', 'kubeflow pipelines', 'dbt', 'beam', 'dataflow', 'databricks', 'luigi',
        'batch job*|processing|process*|load*|export*', 'hourly|daily|nightly|weekly job*|batch*|load*|export*|refresh*', 'cron', 'change data capture', 'cdc',
      ],
      unless: ['transformer*'],
    },
    {
      id: 'preprocessing',
      label: 'lists preprocessing steps',
      lacking: 'only preprocessing steps',
      phrases: ['preprocess*', 'pre-process*', 'aggregat*', 'join* with|on', 'transform*', 'clean*', 'normali*', 'resiz*', 'chunk*', 'tokeni*', 'feature engineering', 'deduplicat*', 'remov* duplicates'],
      unless: ['transformer*'],
    },
    {
      id: 'flow',
      label: 'shows how data flows between services',
      lacking: 'nothing on how data moves between services',
      phrases: ['data flow*', 'dataflow', 'flows from|to|into', 'pushed|pulled|sent|written|loaded|published to|into', 'upstream', 'downstream'],
    },
    {
      id: 'mention',
      label: 'mentions a pipeline',
      lacking: 'only a generic mention',
      phrases: ['data pipeline*', 'process* (the) data', 'pipeline* ... data|features|training|ingestion|etl'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['storage', 'processing'], ['processing', 'flow'], ['storage', 'flow'], ['storage', 'preprocessing']],
};
