"""The incremental SSE decoder (wushuang._core.sse) against the HTML event-stream rules."""

from __future__ import annotations

import time

import pytest

from wushuang._core import sse
from wushuang._core.sse import EventTooLarge, ServerSentEvent, SSEDecoder


def decode_chunks(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


def datas(*chunks: bytes) -> list[str]:
    return [e.data for e in decode_chunks(*chunks)]


@pytest.mark.parametrize("ending", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
def test_every_split_point_gives_one_event(ending: bytes) -> None:
    stream = b"data:ok" + ending + ending
    for cut in range(len(stream) + 1):
        assert datas(stream[:cut], stream[cut:]) == ["ok"], f"split at {cut}"
    # And byte by byte: every split point at once.
    assert datas(*(stream[i : i + 1] for i in range(len(stream)))) == ["ok"]


@pytest.mark.parametrize("ending", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
def test_two_events_byte_by_byte(ending: bytes) -> None:
    stream = b"data: a" + ending + ending + b"data: b" + ending + ending
    assert datas(*(stream[i : i + 1] for i in range(len(stream)))) == ["a", "b"]


def test_cr_then_lf_in_next_chunk_is_one_line_end() -> None:
    # "\r" | "\n" must not count as two line ends (that would dispatch early and then see an extra blank).
    assert datas(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == ["a\nb"]


def test_split_inside_multibyte_utf8() -> None:
    payload = "data: 你好🙂é\n\n".encode()
    for cut in range(len(payload) + 1):
        assert datas(payload[:cut], payload[cut:]) == ["你好🙂é"], f"split at {cut}"


def test_comments_are_ignored() -> None:
    assert datas(b": keep-alive\n\n:another\ndata: x\n: inside\n\n") == ["x"]


def test_one_space_after_colon_stripped_only() -> None:
    assert datas(b"data:  two spaces\n\ndata:none\n\n") == [" two spaces", "none"]


def test_multiple_data_lines_join_with_newline_including_empty() -> None:
    assert datas(b"data: a\ndata:\ndata: b\n\n") == ["a\n\nb"]
    assert datas(b"data\n\n") == [""]  # a field name with no colon is a field with an empty value


def test_frames_without_data_are_skipped() -> None:
    events = decode_chunks(b"retry: 3000\n\nevent: ping\n\n\n\n\ndata: x\n\n\n\n")
    assert [e.data for e in events] == ["x"]
    assert events[0].event is None  # the event: of the skipped frame does not leak into the next one


def test_event_type_and_retry() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"event: error\nretry: 1500\ndata: x\n\nretry: 12a\ndata: y\n\n")
    assert [(e.event, e.data, e.retry) for e in events] == [("error", "x", 1500), (None, "y", None)]
    assert decoder.last_retry == 1500


def test_id_persists_and_nul_is_ignored() -> None:
    events = decode_chunks(b"id: 1\ndata: a\n\ndata: b\n\nid: 2\x003\ndata: c\n\nid\ndata: d\n\n")
    assert [(e.data, e.id) for e in events] == [("a", "1"), ("b", "1"), ("c", "1"), ("d", "")]


def test_unknown_fields_ignored() -> None:
    assert datas(b"foo: bar\ndata: x\nbaz\n\n") == ["x"]


def test_u2028_and_other_unicode_separators_are_data() -> None:
    text = "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg"
    assert datas(f"data: {text}\n\n".encode()) == [text]


def test_escaped_newlines_inside_json_are_not_line_breaks() -> None:
    payload = b'data: {"text": "para\\n\\nnext\\r\\n"}\n\n'
    assert datas(payload) == ['{"text": "para\\n\\nnext\\r\\n"}']


def test_unterminated_final_event_is_dropped() -> None:
    assert datas(b"data: a\n\ndata: b\n") == ["a"]
    assert datas(b"data: a\n\ndata: b") == ["a"]


def test_leading_bom_is_stripped() -> None:
    assert datas(b"\xef\xbb", b"\xbfdata: a\n\n") == ["a"]


def test_2000_events_in_one_chunk() -> None:
    chunk = b"".join(b'data: {"i": %d}\n\n' % i for i in range(2000))
    events = decode_chunks(chunk)
    assert len(events) == 2000
    assert events[0].data == '{"i": 0}'
    assert events[-1].data == '{"i": 1999}'


def test_64_mib_event_is_linear() -> None:
    size = 64 * 1024 * 1024 + 7
    body = b"data: " + b"x" * size + b"\n\n"
    piece = 16 * 1024
    decoder = SSEDecoder(limit=size + 16)  # past the default limit, as a caller may allow
    start = time.perf_counter()
    events: list[ServerSentEvent] = []
    view = memoryview(body)
    for offset in range(0, len(body), piece):
        events.extend(decoder.feed(bytes(view[offset : offset + piece])))
    elapsed = time.perf_counter() - start
    assert len(events) == 1
    assert len(events[0].data) == size
    # Quadratic re-scanning of the growing buffer would take minutes here.
    assert elapsed < 5.0, elapsed


@pytest.mark.parametrize(
    "pieces",
    [
        [b"data: " + b"x" * 2000],  # a line never ended
        [b"data: " + b"x" * 600, b"x" * 600],  # ... across chunks
        [b"data: " + b"x" * 2000 + b"\n\n"],  # a whole line in one chunk
        [b"data: " + b"x" * 600 + b"\ndata: " + b"x" * 600 + b"\n"],  # an event of short lines
    ],
    ids=["unended", "across chunks", "in one chunk", "many lines"],
)
def test_a_line_or_event_past_the_limit_raises(pieces: list[bytes]) -> None:
    decoder = SSEDecoder(limit=1000)
    with pytest.raises(EventTooLarge, match="longer than 1,000 bytes"):
        for piece in pieces:
            decoder.feed(piece)


def test_the_limit_is_the_modules_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    assert sse.MAX_EVENT_BYTES == 16 * 1024 * 1024
    monkeypatch.setattr(sse, "MAX_EVENT_BYTES", 10)
    with pytest.raises(EventTooLarge):
        SSEDecoder().feed(b"data: 0123456789\n")
    assert [e.data for e in SSEDecoder(limit=100).feed(b"data: 0123456789\n\n")] == ["0123456789"]


def test_decoder_reusable_after_flush() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: partial") == []
    assert decoder.flush() == []
    assert [e.data for e in decoder.feed(b"data: next\n\n")] == ["next"]
