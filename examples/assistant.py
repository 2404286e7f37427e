"""A tour of the OpenAI-compatible surface: embeddings, moderation, an image saved to disk, a file fine-tuned on,
and an assistant with a function tool, run to completion and streamed.

    python examples/assistant.py              # against the relay: set WUSHUANG_API_KEY
    python examples/assistant.py --emulator   # against the local emulator (needs `wushuang[testing]`)
"""

from __future__ import annotations

import json
import pathlib
import sys
import tempfile

from quickstart import relay

import wushuang
from wushuang import Wushuang

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city now.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def main(folder: pathlib.Path) -> None:
    with Wushuang() as client:
        print("== embeddings and moderation")
        vectors = client.embeddings.create(model="text-embedding-3-small", input=["a cat", "a dog"], dimensions=8)
        print("embedding:", [round(x, 3) for x in vectors.data[0].embedding], "tokens:", vectors.usage.total_tokens)
        verdict = client.moderations.create(input="I will kill the process")
        print("moderation flagged:", verdict.results[0].flagged)

        print("\n== an image, saved")
        image = client.images.generate(model="dall-e-2", prompt="a red fox", size="256x256", response_format="b64_json")
        print("saved as", wushuang.save_image(image.data[0], folder / "fox.png"))

        print("\n== a file, fine-tuned on")
        lines = [{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}] * 10
        (folder / "train.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
        training = client.files.create(file=folder / "train.jsonl", purpose="fine-tune")
        print("training file:", client.files.wait_for_processing(training.id, interval=0.2).status)
        job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=training.id, suffix="demo")
        job = client.fine_tuning.jobs.wait(job.id, interval=0.2, on_event=lambda event: print("  ", event.message))
        print("job:", job.status, "model:", job.fine_tuned_model)

        print("\n== an assistant with a tool")
        assistant = client.beta.assistants.create(model="gpt-4-turbo", name="Weather", tools=[WEATHER_TOOL])
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "What is the weather in Paris?"}])
        run = client.beta.threads.runs.create_and_poll(thread.id, assistant_id=assistant.id, poll_interval=0.2)
        print("run:", run.status)
        if run.status == "requires_action" and run.required_action is not None:
            calls = run.required_action.submit_tool_outputs.tool_calls
            print("asked for:", [(call.function.name, call.function.arguments) for call in calls])
            outputs = [{"tool_call_id": call.id, "output": "22 C, sunny"} for call in calls]
            run = client.beta.threads.runs.submit_tool_outputs_and_poll(
                run.id, thread_id=thread.id, tool_outputs=outputs, poll_interval=0.2
            )
            print("run:", run.status)
        for message in client.beta.threads.messages.list(thread.id, order="asc"):
            print(f"  {message.role}: {message.content[0].text.value}")

        print("\n== the same thread, streamed")
        client.beta.threads.messages.create(thread.id, role="user", content="And tomorrow?")
        plain = client.beta.assistants.create(model="gpt-4-turbo", name="Plain")
        with client.beta.threads.runs.create(thread.id, assistant_id=plain.id, stream=True) as stream:
            for text in stream.text_deltas:
                print(text, end="", flush=True)
            print("\nrun:", stream.get_final_run().status)

        client.beta.assistants.delete(assistant.id)
        client.beta.assistants.delete(plain.id)
        client.files.delete(training.id)


if __name__ == "__main__":
    with relay("--emulator" in sys.argv[1:]), tempfile.TemporaryDirectory() as folder:
        main(pathlib.Path(folder))
