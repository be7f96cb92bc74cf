"""Extraction at scale on Apache Spark, and loading its output into a store.

``inputs`` lists a job's files and reads one of them (local, or fetched from ``hdfs://``,
``s3a://`` or ``file://`` URLs); ``rows`` turns an article and its record into the rows of the
Parquet datasets (the columns of ``onrecord export --format parquet``); ``job`` is the Spark job,
one task per file (it alone imports pyspark, the optional extra ``onrecord[spark]``);
``submit`` is the script ``spark-submit`` runs; ``load`` stores the datasets in a store,
which resolves speakers and copies across articles as ``onrecord ingest`` does.
"""
