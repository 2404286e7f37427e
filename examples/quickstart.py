"""The wushuang quickstart: a completion, a streamed completion, a streamed Claude chat, a low-level call, and a
Midjourney task awaited with a progress bar, upscaled by its U1 button, downloaded and split into its four images.

    python examples/quickstart.py              # against the relay: set WUSHUANG_API_KEY
    python examples/quickstart.py --emulator   # against the local emulator (needs `wushuang[testing]`)
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import sys
import tempfile
from collections.abc import Iterator

import wushuang
from wushuang import Wushuang


@contextlib.contextmanager
def relay(use_emulator: bool) -> Iterator[None]:
    """Point WUSHUANG_BASE_URL / WUSHUANG_API_KEY at a local emulator when asked to."""
    if not use_emulator:
        yield
        return
    from wushuang.testing import Emulator

    # Each poll of a task moves the emulator's clock on by 2 s, so the task progresses without waiting.
    with Emulator(api_key="sk-demo", auto_advance=2.0) as emulator:
        os.environ["WUSHUANG_BASE_URL"] = emulator.base_url
        os.environ["WUSHUANG_API_KEY"] = emulator.api_key
        print(f"(emulator at {emulator.base_url})\n")
        yield


def main() -> None:
    with Wushuang() as client:
        print("== completion")
        completion = client.completions.create(
            model="gpt-3.5-turbo-instruct", prompt="Say this is a test", max_tokens=7, temperature=0
        )
        choice = completion.choices[0]
        tokens = completion.usage.total_tokens
        print(f"text: {choice.text!r}  (finish_reason: {choice.finish_reason}, tokens: {tokens})")

        print("\n== streamed completion (text as it arrives)")
        with client.completions.create(
            model="gpt-3.5-turbo-instruct", prompt="Write a haiku about rivers", max_tokens=12, stream=True
        ) as stream:
            for chunk in stream:
                print(chunk.choices[0].text if chunk.choices else "", end="", flush=True)
        print()

        print("\n== streamed Claude chat (claude-3-haiku, text as it arrives)")
        with client.chat.completions.create(
            model="claude-3-haiku-20240307",
            messages=[{"role": "user", "content": "Tell me about the moon"}],
            max_tokens=16,
            stream=True,
        ) as chat:
            for event in chat:
                if event.choices and event.choices[0].delta.content:
                    print(event.choices[0].delta.content, end="", flush=True)
        print()

        print("\n== low-level client (wushuang_client)")
        from wushuang_client import AuthenticatedClient
        from wushuang_client.api.models import list_models

        low = AuthenticatedClient(base_url=client.base_url, token=client.api_key)
        models = list_models.sync(client=low)
        print("models listed:", ", ".join(m.id for m in getattr(models, "data", [])[:4]), "...")

        print("\n== Midjourney: imagine, wait, press U1, download, split the grid")
        submitted = client.midjourney.submit.imagine(prompt="a lighthouse at dawn", bot_type="MID_JOURNEY")
        task_id = str(submitted.result)
        print(f"submitted task {task_id} (code {submitted.code}: {submitted.description})")
        # progress=True draws a live bar on a terminal (nothing when the output is not one).
        grid = client.midjourney.tasks.wait(task_id, timeout=120, interval=0.05, progress=True)
        print(f"grid: {grid.status} at {grid.finished_at}, image {grid.image_url}")
        print("its buttons:", " ".join(b.label or b.emoji or "?" for b in grid.buttons or []))

        pressed = client.midjourney.submit.press(grid, "U1")
        upscale = client.midjourney.tasks.wait(pressed.task_id, timeout=120, interval=0.05, progress=True)
        folder = pathlib.Path(tempfile.mkdtemp(prefix="wushuang-demo-"))
        saved = client.midjourney.tasks.download(upscale, folder / "u1.png")
        print(f"upscaled (task {upscale.action}), saved as {saved}")
        client.midjourney.tasks.download(grid, folder / "grid.png")
        for number, image in enumerate(wushuang.split_grid(folder / "grid.png"), start=1):
            (folder / f"grid-{number}.png").write_bytes(image)
        print(f"the four images of the grid: {folder}/grid-1.png ... grid-4.png")


if __name__ == "__main__":
    with relay("--emulator" in sys.argv[1:]):
        main()
