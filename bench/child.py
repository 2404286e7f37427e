"""What the benchmark runs in fresh processes: ``python -m bench.child first-call|memory PEER [CALLS]``.

Each prints one JSON object on stdout. Only the bench's own small modules are loaded before the clock starts.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time

from bench.mock import json_transport
from bench.payloads import prompt
from bench.peers import PEERS


def first_call(name: str) -> dict[str, float]:
    """Seconds from the peer's HTTP library loaded to a decoded completion: import, client construction, first call.

    The HTTP library (httpx, or openai's httpx2) is imported before the clock starts: what is measured is the SDK's
    own share, which is what an application that already uses that library pays.
    """
    peer = PEERS[name]
    __import__(peer.stack)
    started = time.perf_counter()
    __import__(peer.module)
    client = peer.sync_client(json_transport(peer.stack))
    peer.call(client, prompt(0))
    return {"seconds": time.perf_counter() - started}


def _peak_rss() -> int:
    """This process's peak resident set size in bytes."""
    try:
        # VmHWM is this process image's own high-water mark; ru_maxrss keeps the parent's across fork + exec.
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def memory(name: str, calls: int) -> dict[str, float]:
    """Peak RSS after import, then RSS after ``calls // 2`` and after ``calls`` non-streamed calls."""
    import psutil  # type: ignore[import-untyped,unused-ignore]  # typed only by the separate types-psutil

    peer = PEERS[name]
    process = psutil.Process()
    __import__(peer.module)
    peak_after_import = _peak_rss()
    client = peer.sync_client(json_transport(peer.stack))
    half = calls // 2
    samples = []
    for i in range(calls):
        peer.call(client, prompt(i))
        if i + 1 in (half, calls):
            gc.collect()
            samples.append(process.memory_info().rss)
    return {"peak_rss_after_import": peak_after_import, "rss_half": samples[0], "rss_end": samples[1]}


if __name__ == "__main__":
    mode, peer_name = sys.argv[1], sys.argv[2]
    if mode == "first-call":
        result = first_call(peer_name)
    else:
        result = memory(peer_name, int(sys.argv[3]))
    print(json.dumps(result))
