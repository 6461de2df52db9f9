"""The HTML pages: stories, one story, one article, adding articles, and the
API reference. Server-rendered, autoescaped, no inline script."""

from __future__ import annotations

import re
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile

from ..contract import story_document
from ..errors import NotFound
from ..render import agency_as_credited, article_date, relation_words
from ..store import Store
from . import (CSRF_COOKIE, csrf_token, csrf_valid, find_stories, get_store, ingest_uploads,
               outlet_names, pasted_record, stories_of_articles, upload_name)
from .views import claim_spans, claim_value, highlight, outlet_labels, story_row, story_view

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
PAGE_SIZE = 100


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    template = request.app.state.templates.get_template(name)
    return HTMLResponse(template.render(path=request.url.path, **context), status_code=status)


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request, store: StoreDep, q: Optional[str] = None,
                 date_from: Annotated[Optional[str], Query(alias="from")] = None,
                 date_to: Annotated[Optional[str], Query(alias="to")] = None,
                 outlet: Optional[str] = None,
                 page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    if not (q or date_from or date_to or outlet):
        # The unfiltered list pages in SQL: a store of thousands of stories
        # must not be read whole for every visit to the front page.
        total = store.count_stories()
        shown = store.story_summaries(PAGE_SIZE, (page - 1) * PAGE_SIZE)
    else:
        stories = find_stories(store, q, date_from or None, date_to or None, outlet or None)
        total = len(stories)
        shown = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    query = {k: v for k, v in (("q", q), ("from", date_from), ("to", date_to),
                               ("outlet", outlet)) if v}
    return render(request, "stories.html", rows=shown,
                  total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)),
                  query=query, outlets=outlet_names(store))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, store: StoreDep) -> HTMLResponse:
    return _story_page(request, story_id, store, single_source=False)


@router.get("/stories/{story_id}/single-source", response_class=HTMLResponse)
def single_source_page(request: Request, story_id: str, store: StoreDep) -> HTMLResponse:
    """What one article of the story says and no other confirms or disputes."""
    return _story_page(request, story_id, store, single_source=True)


def _story_page(request: Request, story_id: str, store: Store,
                single_source: bool) -> HTMLResponse:
    # A story's page changes only when the story is rebuilt, and then its
    # fingerprint changes: the rendered page is kept under it, and a visit to
    # a page in the cache reads one column instead of decoding the story.
    try:
        fingerprint = store.story_fingerprint(story_id)
    except NotFound:
        raise HTTPException(404, f"no story {story_id!r}") from None
    updating = request.app.state.rebuilder.updating(story_id)
    key = (story_id, fingerprint, single_source, updating)
    cache = request.app.state.pages
    if fingerprint and (html := cache.get(key)) is not None:
        return HTMLResponse(html)
    try:
        story = store.get_story(story_id)
    except NotFound:  # removed since the line above: a rebuild merged it away
        raise HTTPException(404, f"no story {story_id!r}") from None
    articles = store.articles(story.articles)
    doc = story_document(story, articles, store.claims(story.articles))
    response = render(request, "single.html" if single_source else "story.html", story=doc,
                      row=story_row(story), view=story_view(doc, articles, single_source),
                      updating=updating)
    if story.fingerprint:
        cache.put((story_id, story.fingerprint, single_source, updating), response.body)
    return response


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: StoreDep,
                 hl: Annotated[Optional[str], Query(max_length=40)] = None) -> HTMLResponse:
    try:
        article = store.get_article(article_id)
    except NotFound:
        raise HTTPException(404, f"no article {article_id!r}") from None
    claims = [c.to_dict() for c in store.claims([article_id])]
    spans = claim_spans(claims)
    if hl and (m := re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl)):
        spans.append((int(m[1]), int(m[2]), "cited", "the sentence cited"))
    related = []
    for relation in article.relations:
        try:
            other = store.get_article(relation.article)
        except NotFound:
            other = None
        mine = article_date(article)
        theirs = article_date(other) if other else None
        related.append({"relation": relation, "title": other.title if other else None,
                        "words": relation_words(relation.kind, mine, theirs, agency_as_credited(
                            relation.agency, {"agencies": article.agencies},
                            {"agencies": other.agencies if other else ()})),
                        "outlet": outlet_labels([other])[other.id] if other else None})
    story_ids = sorted(stories_of_articles(store, [article_id]))
    return render(request, "article.html", article=article, claims=claims,
                  label=outlet_labels([article])[article.id], related=related,
                  body=highlight(article.text, spans), claim_value=claim_value,
                  stories=[store.get_story(s) for s in story_ids],
                  link=article.url if _is_web_url(article.url) else None)


def _is_web_url(url: str | None) -> bool:
    """Only http(s) URLs become links: a ``javascript:`` or ``data:`` URL stays text."""
    return bool(url) and re.match(r"^https?://[^\s\"'<>]+$", url, re.I) is not None


# -- adding articles ----------------------------------------------------------------------
@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request) -> HTMLResponse:
    return _add_form(request)


def _add_form(request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    nonce, token = csrf_token(request.app, request.cookies.get(CSRF_COOKIE))
    context.setdefault("report", None)
    context.setdefault("problem", "This store is served read-only: nothing can be added."
                       if request.app.state.read_only else None)
    response = render(request, "add.html", status=status, csrf=token,
                      limit_mb=request.app.state.max_upload / 1e6, **context)
    response.set_cookie(CSRF_COOKIE, nonce, httponly=True, samesite="strict", path="/add")
    return response


@router.post("/add", response_class=HTMLResponse)
async def add_submit(request: Request, store: StoreDep) -> HTMLResponse:
    limit = request.app.state.max_upload
    async with request.form(max_files=100, max_fields=20, max_part_size=limit) as form:
        if not csrf_valid(request.app, request.cookies.get(CSRF_COOKIE),
                          _text(form.get("csrf"))):
            return _add_form(request, 403, problem="The form had expired or did not come "
                                                   "from this page: please send it again.")
        uploads = [(upload_name(f.filename, f"file{n}"), await f.read())
                   for n, f in enumerate(form.getlist("files"), 1)
                   if isinstance(f, UploadFile) and (f.filename or f.size)]
        pasted = {k: _text(form.get(k)) for k in ("text", "title", "url", "published",
                                                    "outlet")}
    if pasted["text"].strip():
        uploads.append(("upload/pasted.json", pasted_record(pasted)))
    if not uploads:
        return _add_form(request, 422, problem="Choose files to upload or paste a text.")
    report = await run_in_threadpool(ingest_uploads, request.app, store, uploads)
    return _add_form(request, report=report)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


# -- the API reference, made from the OpenAPI document (works offline) ------------------
@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    operations = [{"method": method.upper(), "path": path, **op}
                  for path, methods in spec["paths"].items()
                  for method, op in methods.items()]
    return render(request, "docs.html", spec=spec, operations=operations)
