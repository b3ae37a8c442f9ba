"""`bmc lsp` driven by a real LSP client (pytest-lsp) through every method of
section 7 of the contract. Positions are 0-based lines and UTF-16 characters."""
import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from conftest import URI

CANVAS = """\
name: Shop plan
customer-segments:
  - id: shops
    name: Shops
    type: niche-market
  - name: Home cooks
value-propositions:
  - name: Fast stock
    segments: [shops, home-cooks]
channels:
  - name: Web shop
    segments: [shops]
"""
DOC = types.TextDocumentIdentifier(uri=URI)


async def open_document(client: LanguageClient, text: str, version: int = 1):
    """Opens the document and returns the diagnostics published for it."""
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="yaml", version=version, text=text)))
    await client.wait_for_notification("textDocument/publishDiagnostics")
    return client.diagnostics[URI]


def position(line: int, character: int):
    return types.Position(line=line, character=character)


def span(range_: types.Range) -> str:
    return f"{range_.start.line}:{range_.start.character}-{range_.end.line}:{range_.end.character}"


def apply(text: str, edits) -> str:
    """Applies text edits whose positions are UTF-16 (all tests' texts are ASCII)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    def offset(p):
        return min(offsets[p.line] + p.character, len(text)) if p.line < len(lines) else len(text)
    for edit in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


async def test_diagnostics_on_open_with_code_severity_and_related_information(client: LanguageClient):
    diagnostics = await open_document(client, CANVAS + "key-resources:\n  - name: Shops\n")
    duplicate = next(d for d in diagnostics if d.code == "duplicate-id")
    assert duplicate.severity == types.DiagnosticSeverity.Error
    assert duplicate.source == "bmc"
    assert span(duplicate.range) == "13:10-13:15"
    assert "Shops" in duplicate.message or "shops" in duplicate.message
    [related] = duplicate.related_information
    assert related.location.uri == URI and span(related.location.range) == "2:8-2:13"


async def test_utf16_ranges_after_emoji_and_accents(client: LanguageClient):
    diagnostics = await open_document(client, CANVAS.replace("segments: [shops]\n", "segments: [😀é, nope]\n"))
    unknown = next(d for d in diagnostics if d.code == "unknown-reference")
    assert span(unknown.range) == "11:20-11:24"


async def test_utf8_positions_when_the_client_offers_them(utf8_client: LanguageClient):
    assert utf8_client.capabilities_result.capabilities.position_encoding == "utf-8"
    diagnostics = await open_document(utf8_client, CANVAS.replace("segments: [shops]\n", "segments: [😀é, nope]\n"))
    unknown = next(d for d in diagnostics if d.code == "unknown-reference")
    assert span(unknown.range) == "11:23-11:27"


async def test_incremental_change_publishes_new_diagnostics(client: LanguageClient):
    assert not [d for d in await open_document(client, CANVAS) if d.severity == types.DiagnosticSeverity.Error]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=position(4, 10), end=position(4, 22)), text="nich-market")]))
    await client.wait_for_notification("textDocument/publishDiagnostics")
    [bad] = [d for d in client.diagnostics[URI] if d.severity == types.DiagnosticSeverity.Error]
    assert bad.code == "bad-enum" and span(bad.range) == "4:10-4:21"
    assert "niche-market" in bad.message


async def test_hover_on_a_key_a_word_and_a_reference(client: LanguageClient):
    await open_document(client, CANVAS)
    key = await client.text_document_hover_async(types.HoverParams(text_document=DOC, position=position(4, 5)))
    assert key.contents.value.startswith("**type**")
    word = await client.text_document_hover_async(types.HoverParams(text_document=DOC, position=position(4, 12)))
    assert "niche-market" in word.contents.value and "segment type" in word.contents.value
    reference = await client.text_document_hover_async(types.HoverParams(text_document=DOC, position=position(8, 17)))
    assert reference.contents.value == "Segment **Shops** (`shops`), line 3"


async def test_completion_of_keys_words_and_ids_of_the_right_kind(client: LanguageClient):
    text = CANVAS.replace("  - name: Home cooks\n", "  - name: Home cooks\n    ty\n    growth: \n")
    text = text.replace("segments: [shops]\n", "segments: [shops, ]\n")
    await open_document(client, text)
    async def labels(line, character):
        result = await client.text_document_completion_async(
            types.CompletionParams(text_document=DOC, position=position(line, character)))
        return [item.label for item in result.items]
    assert await labels(6, 6) == ["type"]
    assert await labels(7, 12) == ["shrinking", "stable", "growing", "booming"]
    assert await labels(13, 22) == ["home-cooks"], "segments only, and not the one already listed"


async def test_definition_references_and_highlights(client: LanguageClient):
    await open_document(client, CANVAS)
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=DOC, position=position(11, 16)))
    assert definition.uri == URI and span(definition.range) == "2:8-2:13"
    derived = await client.text_document_definition_async(
        types.DefinitionParams(text_document=DOC, position=position(8, 24)))
    assert span(derived.range) == "5:10-5:20", "a derived id's definition is its name"
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=DOC, position=position(2, 9), context=types.ReferenceContext(include_declaration=True)))
    assert [span(r.range) for r in references] == ["2:8-2:13", "8:15-8:20", "11:15-11:20"]
    highlights = await client.text_document_document_highlight_async(
        types.DocumentHighlightParams(text_document=DOC, position=position(8, 16)))
    assert [h.kind for h in highlights] == [types.DocumentHighlightKind.Write, types.DocumentHighlightKind.Read,
                                            types.DocumentHighlightKind.Read]


async def test_rename_writes_a_derived_id_and_prepare_rename_refuses_text(client: LanguageClient):
    await open_document(client, CANVAS)
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=DOC, position=position(8, 24)))
    assert prepared.placeholder == "home-cooks"
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=DOC, position=position(8, 24), new_name="cooks"))
    renamed = apply(CANVAS, edit.changes[URI])
    assert "  - id: cooks\n    name: Home cooks\n" in renamed and "segments: [shops, cooks]" in renamed
    explicit = await client.text_document_rename_async(
        types.RenameParams(text_document=DOC, position=position(2, 9), new_name="stores"))
    assert apply(CANVAS, explicit.changes[URI]) == CANVAS.replace("shops", "stores")
    with pytest.raises(JsonRpcException, match="only an id"):
        await client.text_document_prepare_rename_async(
            types.PrepareRenameParams(text_document=DOC, position=position(0, 8)))


async def test_quick_fixes_from_the_checkers_fixes(client: LanguageClient):
    text = CANVAS.replace("niche-market", "nich-market").replace("segments: [shops]\n", "segments: [shosp]\n")
    await open_document(client, text)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=DOC, range=types.Range(start=position(0, 0), end=position(12, 0)),
        context=types.CodeActionContext(diagnostics=client.diagnostics[URI])))
    titles = [a.title for a in actions]
    assert titles == ["Replace 'nich-market' with 'niche-market'", "Replace 'shosp' with 'shops'"]
    assert all(a.kind == types.CodeActionKind.QuickFix for a in actions)
    fixed = text
    for action in reversed(actions):
        fixed = apply(fixed, action.edit.changes[URI])
    assert fixed == CANVAS


async def test_formatting_is_fmt_and_is_refused_with_syntax_errors(client: LanguageClient):
    await open_document(client, "name:   Messy   # kept\ncustomer-segments:\n- name: A\n")
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=DOC, options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    assert apply("name:   Messy   # kept\ncustomer-segments:\n- name: A\n", edits) == \
        "name: Messy  # kept\n\ncustomer-segments:\n  - name: A\n"
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="name: [Broken\n")]))
    await client.wait_for_notification("textDocument/publishDiagnostics")
    with pytest.raises(JsonRpcException, match="syntax errors"):
        await client.text_document_formatting_async(types.DocumentFormattingParams(
            text_document=DOC, options=types.FormattingOptions(tab_size=2, insert_spaces=True)))


async def test_document_symbols_are_an_outline(client: LanguageClient):
    await open_document(client, CANVAS)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=DOC))
    assert [s.name for s in symbols] == ["customer-segments", "value-propositions", "channels"]
    assert [c.name for c in symbols[0].children] == ["Shops", "Home cooks"]
    assert symbols[0].children[0].detail == "shops"


async def test_unknown_methods_and_documents_never_opened(client: LanguageClient):
    with pytest.raises(JsonRpcException) as error:
        await client.protocol.send_request_async("bmc/somethingNew", {"textDocument": {"uri": URI}})
    assert "-32601" in str(error.value) or "no method" in str(error.value)
    never = types.TextDocumentIdentifier(uri="file:///never.canvas.yaml")
    assert await client.text_document_hover_async(types.HoverParams(text_document=never, position=position(0, 0))) is None
    assert await client.text_document_definition_async(
        types.DefinitionParams(text_document=never, position=position(0, 0))) is None
