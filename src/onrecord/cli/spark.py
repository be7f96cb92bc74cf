"""``onrecord spark`` runs the extraction as a Spark job into Parquet datasets; ``onrecord load``
puts those datasets into a store. The job itself is ``onrecord.scale``; pyspark is the
optional extra ``onrecord[spark]``, imported only when ``onrecord spark`` runs.
"""
from __future__ import annotations

import sys
from typing import Optional

import click

from onrecord.cli.common import EXIT_OK, EXIT_PARTIAL, describe, fail, require_model
from onrecord.cli.stores import db_option, open_store
from onrecord.scale.inputs import read_input_list
from onrecord.scale.load import DatasetError
from onrecord.scale.load import load as load_datasets
from onrecord.store import SaveCounts


@click.command()
@click.argument("paths", nargs=-1, metavar="INPUT...")
@click.option("-o", "--output", required=True, metavar="FOLDER|URL",
              help="Where the datasets go: articles/, statements/, entities/, events/ (by publication "
                   "month) and failures/; overwritten whole.")
@click.option("--input-list", metavar="FILE", help="A file naming one input a line (like Common Crawl's warc.paths).")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master: local[N], spark://HOST:PORT, yarn, ... (spark-submit users: see the README).")
@click.option("--model", metavar="NAME", default=None,
              help="Installed spaCy model [default: $ONRECORD_MODEL or the bundled small one].")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles parsed together by spaCy in a task.")
def spark(paths: tuple[str, ...], output: str, input_list: Optional[str], master: str, model: Optional[str],
          batch_size: int) -> None:
    """Extract INPUT... (.warc, .warc.gz, .jsonl, .txt files, folders of them, or hdfs://, s3a://,
    file:// URLs) on Apache Spark, one task per file, into Parquet datasets.

    Statements and events have the columns of `onrecord export --format parquet`. A file or
    record that cannot be read or extracted is reported in one line and kept in the failures
    dataset; the others are processed, and the exit code is then 1.
    """
    inputs = list(paths)
    if input_list:
        try:
            inputs += read_input_list(input_list)
        except (OSError, UnicodeDecodeError) as e:
            fail(f"{input_list}: cannot read the input list: {describe(e)}")
    if not inputs:
        fail("no inputs: give INPUT... or --input-list FILE")
    # checked here, before a JVM starts: the workers would fail on it one task after another
    require_model(model)
    try:
        # pyspark is an optional extra (onrecord[spark]) and starts a JVM: imported only here
        from onrecord.scale import job  # noqa: PLC0415  (see above)
    except ImportError as e:
        fail(f"onrecord spark needs pyspark: pip install 'onrecord[spark]' ({describe(e)})")
    spark_session = job.session(master)
    try:
        summary = job.run(spark_session, inputs, output, model=model, batch_size=batch_size)
    except ValueError as e:
        fail(str(e))
    finally:
        spark_session.stop()
    for line in summary.failures:
        click.echo(line, err=True)
    click.echo(f"onrecord: {summary.line()}", err=True)
    sys.exit(EXIT_PARTIAL if summary.failures else EXIT_OK)


@click.command()
@click.argument("output", metavar="FOLDER")
@db_option
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per database transaction.")
def load(output: str, db: str, batch_size: int) -> None:
    """Store the datasets `onrecord spark` wrote in FOLDER, then resolve speakers and copies
    across articles as `onrecord ingest` does. Nothing is extracted again; a rerun changes nothing."""
    store = open_store(db, must_exist=False)
    try:
        counts = load_datasets(store, output, batch_size=batch_size)
    except DatasetError as e:  # a StoreError reaches the command group: one line, exit 3
        fail(str(e))
    finally:
        store.close()
    click.echo(f"onrecord: {_loaded(counts)}", err=True)


def _loaded(c: SaveCounts) -> str:
    read = c.new + c.updated + c.unchanged + c.merged
    return (f"{read} article{'' if read == 1 else 's'} loaded: {c.new} new, {c.updated} updated, "
            f"{c.unchanged} unchanged, {c.merged} merged into stories already stored (copies); "
            f"{c.statements} statements stored")


COMMANDS = (spark, load)
