"""The HTTP API under ``/api/``: JSON in, JSON out, errors always
``{"error": {"code": ..., "message": ...}}``.

``GET /api/stories/{id}`` returns exactly the ``crosscheck/brief/1`` document
for that one story, as ``crosscheck run`` prints it.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError
from starlette.datastructures import UploadFile

from ..clean.dates import to_iso
from ..contract import brief_document
from ..errors import NotFound
from ..pipeline import MIN_ARTICLE_WORDS
from ..store import Store
from . import find_stories, get_store, ingest_uploads, pasted_record, upload_name

router = APIRouter(prefix="/api", tags=["api"])
StoreDep = Annotated[Store, Depends(get_store)]


class StoryRow(BaseModel):
    id: str
    headline: str
    first_date: Optional[str]
    last_date: Optional[str]
    articles: int = Field(description="number of articles")
    sources: int = Field(description="independent source groups (copies counted once)")
    conflicts: int = Field(description="findings whose claims cannot all be true")




class ArticleIn(BaseModel):
    """One article to ingest, as the JSON reader takes it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=20_000_000,
                      description=f"the article's text, {MIN_ARTICLE_WORDS} words or more")
    title: Optional[str] = Field(None, max_length=2000)
    url: Optional[str] = Field(None, max_length=4000)
    published: Optional[str] = Field(None, max_length=100,
                                     description="YYYY-MM-DD, or a date stating its year")
    outlet: Optional[str] = Field(None, max_length=500)
    byline: Optional[str] = Field(None, max_length=500)

    @field_validator("text")
    @classmethod
    def _long_enough(cls, text: str) -> str:
        words = len(text.split())
        if words < MIN_ARTICLE_WORDS:
            raise PydanticCustomError(
                "too_short", "{words} words are too few for an article: send {minimum} "
                "words or more", {"words": words, "minimum": MIN_ARTICLE_WORDS})
        return text

    @field_validator("published")
    @classmethod
    def _readable_date(cls, published: Optional[str]) -> Optional[str]:
        # Refused rather than dropped: the article would be stored undated.
        if published and published.strip() and to_iso(published) is None:
            raise PydanticCustomError(
                "date", "{published} is not a date crosscheck can read: write YYYY-MM-DD, "
                "or a date with its year (March 12, 2025)", {"published": repr(published)})
        return published


class Refused(BaseModel):
    origin: str
    reason: str


class StoryRef(BaseModel):
    id: str
    headline: str


class IngestReportOut(BaseModel):
    summary: str
    files: int
    read: int
    new: int
    known: int
    refused: list[Refused]
    articles: list[str] = Field(description="ids of the articles read (new or known)")
    stories: list[StoryRef] = Field(description="the stories those articles are in now")
    updating: list[str] = Field(description="ids of those stories that are big and are "
                                            "rebuilt in the background with the new "
                                            "articles, within seconds")


@router.get("/stories", response_model=list[StoryRow], summary="List and search stories")
def list_stories(store: StoreDep,
                 q: Annotated[Optional[str], Query(description="words that must all occur "
                                                   "in one of the story's articles")] = None,
                 date_from: Annotated[Optional[str], Query(alias="from")] = None,
                 date_to: Annotated[Optional[str], Query(alias="to")] = None,
                 outlet: Optional[str] = None) -> list[dict[str, Any]]:
    """Stories, newest first: id, headline, date span and counts."""
    return find_stories(store, q, date_from, date_to, outlet)


@router.get("/stories/{story_id}", summary="One story, crosscheck/brief/1",
            response_class=Response,
            responses={200: {"content": {"application/json": {}},
                             "description": "the crosscheck/brief/1 document"}})
def get_story(request: Request, story_id: str, store: StoreDep) -> Response:
    """The `crosscheck/brief/1` document holding this one story: its articles,
    claims, findings, brief and timeline."""
    # Kept encoded under the story's fingerprint, as the story page is.
    try:
        fingerprint = store.story_fingerprint(story_id)
    except NotFound:
        raise HTTPException(404, f"no story {story_id!r}") from None
    cache = request.app.state.pages
    if fingerprint and (body := cache.get((story_id, fingerprint, "api"))) is not None:
        return Response(body, media_type="application/json")
    try:
        story = store.get_story(story_id)
    except NotFound:
        raise HTTPException(404, f"no story {story_id!r}") from None
    body = json.dumps(brief_document(store, [story]), ensure_ascii=False).encode("utf-8")
    if story.fingerprint:
        cache.put((story_id, story.fingerprint, "api"), body)
    return Response(body, media_type="application/json")


@router.get("/articles/{article_id}", summary="One article")
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One article as in the contract (cleaned text, metadata, removed
    fragments, relations), with its claims."""
    try:
        article = store.get_article(article_id)
    except NotFound:
        raise HTTPException(404, f"no article {article_id!r}") from None
    return {**article.to_dict(), "claims": [c.to_dict() for c in store.claims([article_id])]}


_INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": ArticleIn.model_json_schema()},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "file": {"type": "array", "items": {"type": "string", "format": "binary"},
                 "description": "files in any format `crosscheck ingest` reads"}}}}}}}


@router.post("/articles", response_model=IngestReportOut, summary="Ingest articles",
             openapi_extra=_INGEST_BODY)
async def post_articles(request: Request, store: StoreDep) -> dict[str, Any]:
    """Ingest one article given as JSON, or uploaded files (multipart field
    `file`, repeatable), through the same pipeline as `crosscheck ingest`.
    Returns the report: counts, and each refusal with its reason."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            article = ArticleIn.model_validate(json.loads(await request.body()))
        except (ValueError, ValidationError, RecursionError) as exc:
            # RecursionError: JSON nested ~1,000 deep overflows json.loads.
            raise HTTPException(422, _explain(exc)) from None
        uploads = [("upload/api.json", pasted_record(article.model_dump()))]
    elif kind == "multipart/form-data":
        limit = request.app.state.max_upload
        async with request.form(max_files=100, max_fields=100, max_part_size=limit) as form:
            files = [f for f in form.getlist("file") if isinstance(f, UploadFile)]
            if not files:
                raise HTTPException(422, "no file: send files in the multipart field 'file'")
            uploads = [(upload_name(f.filename, f"file{n}"), await f.read())
                       for n, f in enumerate(files, 1)]
    else:
        raise HTTPException(415, "send application/json or multipart/form-data")
    unit = "article" if kind == "application/json" else "file"
    return await run_in_threadpool(ingest_uploads, request.app, store, uploads, unit)


def _explain(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "invalid article: " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}"
            for e in exc.errors()[:5])
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested too deeply; send one object {\"text\": ..., \"title\": ...}"
    return "invalid JSON: expected an object {\"text\": ..., \"title\": ...}"
