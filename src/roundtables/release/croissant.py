"""The release's ``croissant.json``: Croissant 1.1 metadata (JSON-LD), generated from the models.

One ``cr:FileObject`` per Parquet file (with its SHA-256) and one
``cr:RecordSet`` per table, whose fields are the model's fields: a nested
model (``speaker``) is a field with ``subField``\\ s read by ``jsonPath`` from
its Parquet column, a list is ``isArray``. ``mlcroissant`` validates the file
and reads every table's records in the tests.
"""

from __future__ import annotations

from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from roundtables.models import DATE_PATTERN, PRIMARY_KEYS, RECORD_TYPES, URL_PATTERN
from roundtables.schema import unwrap_optional

CROISSANT_NAME = "croissant.json"
CONFORMS_TO = "http://mlcommons.org/croissant/1.1"

CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
"""The Croissant 1.1 JSON-LD context (the vocabulary the format defines)."""


def _data_type(info: FieldInfo, inner: Any) -> str:
    patterns = {getattr(m, "pattern", None) for m in info.metadata}
    if DATE_PATTERN in patterns:
        return "sc:Date"
    if URL_PATTERN in patterns:
        return "sc:URL"
    if inner is bool:
        return "sc:Boolean"
    if inner is int:
        return "sc:Integer"
    if inner is str or get_origin(inner) is Literal:
        return "sc:Text"
    raise TypeError(f"no Croissant data type for {inner!r}")


def _field(
    table: str, path: str, name: str, info: FieldInfo, file_id: str, column: str, json_path: str | None
) -> dict[str, Any]:
    inner, _ = unwrap_optional(info.annotation)
    is_array = get_origin(inner) is list
    if is_array:
        inner, _ = unwrap_optional(get_args(inner)[0])
    field: dict[str, Any] = {"@type": "cr:Field", "@id": f"{table}/{path}", "name": name}
    if info.description:
        field["description"] = info.description
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        field["subField"] = [
            _field(table, f"{path}/{sub}", sub, sub_info, file_id, column, sub)
            for sub, sub_info in inner.model_fields.items()
        ]
    else:
        field["dataType"] = _data_type(info, inner)
        source: dict[str, Any] = {"fileObject": {"@id": file_id}, "extract": {"column": column}}
        if json_path is not None:
            source["transform"] = {"jsonPath": json_path}
        field["source"] = source
    if is_array:
        field["isArray"] = True
        field["arrayShape"] = "-1"
    return field


def record_set(table: str) -> dict[str, Any]:
    """The record set of one table, read from its Parquet file."""
    model = RECORD_TYPES[table]
    file_id = f"{table}.parquet"
    return {
        "@type": "cr:RecordSet",
        "@id": table,
        "name": table,
        "description": (model.__doc__ or "").strip().splitlines()[0],
        "key": {"@id": f"{table}/{PRIMARY_KEYS[table]}"},
        "field": [_field(table, n, n, info, file_id, n, None) for n, info in model.model_fields.items()],
    }


def croissant(metadata: dict[str, Any], version: str, parquet: dict[str, str]) -> dict[str, Any]:
    """The Croissant document of a release.

    ``metadata`` holds name, title, description, url, license (a URL or id),
    cite_as and keywords; ``parquet`` maps table -> SHA-256 of its Parquet file.
    """
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": metadata["name"],
        "alternateName": metadata["title"],
        "description": metadata["description"],
        "version": version,
    }
    for key, value in (
        ("license", metadata.get("license")),
        ("url", metadata.get("url")),
        ("citeAs", metadata.get("cite_as")),
        ("keywords", metadata.get("keywords")),
    ):
        if value:
            doc[key] = value
    if metadata.get("creator"):
        doc["creator"] = {"@type": "sc:Organization", "name": metadata["creator"]}
    doc["distribution"] = [
        {
            "@type": "cr:FileObject",
            "@id": f"{table}.parquet",
            "name": f"{table}.parquet",
            "contentUrl": f"{table}.parquet",
            "encodingFormat": "application/x-parquet",
            "sha256": digest,
        }
        for table, digest in parquet.items()
    ]
    doc["recordSet"] = [record_set(t) for t in RECORD_TYPES]
    return doc
