# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the fine_tuning resource."""

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

from ._shared import Metadata, PromptCacheBreakpoint, ReasoningEffort

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


BatchSize: TypeAlias = Annotated[
    int,
    Meta(
        description="Examples per batch, `auto` or 1 to 256; larger batches update the model less often, with lower variance. Server default auto."
    ),
]


LearningRateMultiplier: TypeAlias = Annotated[
    float,
    Meta(
        description="Scales the learning rate, `auto` or a number above 0; smaller values may avoid overfitting. Server default auto."
    ),
]


NEpochs: TypeAlias = Annotated[
    int, Meta(description="Full cycles through the training data, `auto` or 1 to 50. Server default auto.")
]


class CreateFineTuningJobHyperparameters(_Model, kw_only=True):
    batch_size: (
        Annotated[
            Literal["auto"] | BatchSize,
            Meta(
                description="Examples per batch, `auto` or 1 to 256; larger batches update the model less often, with lower variance. Server default auto."
            ),
        ]
        | None
    ) = None
    learning_rate_multiplier: (
        Annotated[
            Literal["auto"] | LearningRateMultiplier,
            Meta(
                description="Scales the learning rate, `auto` or a number above 0; smaller values may avoid overfitting. Server default auto."
            ),
        ]
        | None
    ) = None
    n_epochs: (
        Annotated[
            Literal["auto"] | NEpochs,
            Meta(description="Full cycles through the training data, `auto` or 1 to 50. Server default auto."),
        ]
        | None
    ) = None


BatchSize1: TypeAlias = Annotated[int, Meta(description="Examples per batch.")]


LearningRateMultiplier1: TypeAlias = Annotated[float, Meta(description="Scales the learning rate.")]


NEpochs1: TypeAlias = Annotated[int, Meta(description="Full cycles through the training data.")]


Beta: TypeAlias = Annotated[
    float, Meta(description="DPO only: how strongly the policy is kept near the reference model.")
]


ComputeMultiplier: TypeAlias = Annotated[float, Meta(description="Reinforcement only: the compute spent exploring.")]


EvalInterval: TypeAlias = Annotated[int, Meta(description="Reinforcement only: training steps between evaluations.")]


EvalSamples: TypeAlias = Annotated[int, Meta(description="Reinforcement only: samples per evaluation.")]


class FineTuneMethodHyperparameters(_Model, kw_only=True):
    batch_size: Annotated[Literal["auto"] | str | BatchSize1, Meta(description="Examples per batch.")] | None = None
    learning_rate_multiplier: (
        Annotated[Literal["auto"] | str | LearningRateMultiplier1, Meta(description="Scales the learning rate.")] | None
    ) = None
    n_epochs: (
        Annotated[Literal["auto"] | str | NEpochs1, Meta(description="Full cycles through the training data.")] | None
    ) = None
    beta: (
        Annotated[
            Literal["auto"] | str | Beta,
            Meta(description="DPO only: how strongly the policy is kept near the reference model."),
        ]
        | None
    ) = None
    compute_multiplier: (
        Annotated[
            Literal["auto"] | str | ComputeMultiplier,
            Meta(description="Reinforcement only: the compute spent exploring."),
        ]
        | None
    ) = None
    eval_interval: (
        Annotated[
            Literal["auto"] | str | EvalInterval,
            Meta(description="Reinforcement only: training steps between evaluations."),
        ]
        | None
    ) = None
    eval_samples: (
        Annotated[Literal["auto"] | str | EvalSamples, Meta(description="Reinforcement only: samples per evaluation.")]
        | None
    ) = None
    reasoning_effort: (
        Annotated[
            Literal["default", "low", "medium", "high"] | str,
            Meta(description="Reinforcement only: the reasoning effort of the model being trained."),
        ]
        | None
    ) = None


class Supervised(_Model, kw_only=True):
    hyperparameters: FineTuneMethodHyperparameters | None = None


class Dpo(_Model, kw_only=True):
    hyperparameters: FineTuneMethodHyperparameters | None = None


class InputAudio1(_Model, kw_only=True):
    data: Annotated[str, Meta(description="The audio")] | None = None
    format: Annotated[str, Meta(description="`mp3` or `wav`.")] | None = None


class FineTuneGraderContentPart(_Model, kw_only=True):
    type: str | None = None
    text: str | None = None
    image_url: str | None = None
    detail: Annotated[str, Meta(description="`auto`, `low` or `high`.")] | None = None
    input_audio: InputAudio1 | None = None
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None


class FineTuneGraderMessage(_Model, kw_only=True):
    role: Literal["user", "assistant", "system", "developer"] | str = _ABSENT
    content: str | FineTuneGraderContentPart | list[FineTuneGraderContentPart] = _ABSENT
    type: Literal["message"] | None = None


MaxCompletionsTokens: TypeAlias = int


class SamplingParams(_Model, kw_only=True):
    seed: int | None = None
    top_p: float | None = None
    temperature: float | None = None
    max_completions_tokens: MaxCompletionsTokens | None = None
    reasoning_effort: ReasoningEffort | None = None


class FineTuneGraderSettings(_Model, kw_only=True):
    type: Literal["string_check", "text_similarity", "python", "score_model", "label_model", "multi"] | str = _ABSENT
    name: str = _ABSENT
    input: (
        Annotated[
            str | list[FineTuneGraderMessage], Meta(description="A template string, or the messages of a model grader.")
        ]
        | None
    ) = None
    reference: Annotated[str, Meta(description="The template the input is compared with.")] | None = None
    operation: (
        Annotated[Literal["eq", "ne", "like", "ilike"] | str, Meta(description="How `string_check` compares.")] | None
    ) = None
    evaluation_metric: (
        Annotated[
            str,
            Meta(
                description="`text_similarity`: `cosine`, `fuzzy_match`, `bleu`, `gleu`, `meteor`, `rouge_1` ... `rouge_l`."
            ),
        ]
        | None
    ) = None
    source: Annotated[str, Meta(description="The Python source of a `python` grader.")] | None = None
    image_tag: Annotated[str, Meta(description="The image the Python code runs in.")] | None = None
    model: Annotated[str, Meta(description="The model of a model grader.")] | None = None
    sampling_params: Annotated[SamplingParams, Meta(description="How the grader model samples.")] | None = None
    range: Annotated[list[float], Meta(description="The score range.")] | None = None
    labels: Annotated[list[str], Meta(description="The labels a `label_model` may give.")] | None = None
    passing_labels: Annotated[list[str], Meta(description="The labels that pass.")] | None = None


class FineTuneGrader(FineTuneGraderSettings, kw_only=True):
    graders: FineTuneGraderSettings | None = None
    calculate_output: (
        Annotated[str, Meta(description="A formula over the graders' names, e.g. `0.5 * a + 0.5 * b`.")] | None
    ) = None


class CreateFineTuningJobIntegrationWandb(_Model, kw_only=True):
    project: Annotated[str, Meta(description="The project the new run is created under.")] = _ABSENT
    name: (
        Annotated[str, Meta(description="The display name of the run; the server uses the job ID when it is not set.")]
        | None
    ) = None
    entity: (
        Annotated[
            str,
            Meta(
                description="The team or user the run belongs to; the default entity of the registered W&B key when it is not set."
            ),
        ]
        | None
    ) = None
    tags: (
        Annotated[
            list[str],
            Meta(
                description="Tags for the run, passed on to W&B; the server adds `openai/finetune`, `openai/{base-model}` and `openai/{ftjob-abcdef}`."
            ),
        ]
        | None
    ) = None


class CreateFineTuningJobIntegration(_Model, kw_only=True):
    type: Annotated[Literal["wandb"], Meta(description="The integration; only `wandb` (Weights and Biases).")] = _ABSENT
    wandb: CreateFineTuningJobIntegrationWandb = _ABSENT


Suffix: TypeAlias = Annotated[
    str,
    Meta(
        description="1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null."
    ),
]


Seed: TypeAlias = Annotated[
    int,
    Meta(
        description="0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set."
    ),
]


class FineTuningJobError(_Model, kw_only=True):
    code: Annotated[str, Meta(description="A machine-readable error code.")] | None = None
    message: Annotated[str, Meta(description="A human-readable error message.")] | None = None
    param: (
        Annotated[
            str,
            Meta(
                description="The parameter that was invalid, usually `training_file` or `validation_file`; null when the failure was not about a parameter."
            ),
        ]
        | None
    ) = None


class FineTuningJobHyperparameters(_Model, kw_only=True):
    n_epochs: (
        Annotated[str | int, Meta(description="`auto` or 1 to 50 full cycles through the training data.")] | None
    ) = None
    batch_size: Annotated[str | int, Meta(description="`auto` or the examples per batch.")] | None = None
    learning_rate_multiplier: (
        Annotated[str | float, Meta(description="`auto` or the learning rate multiplier.")] | None
    ) = None


class FineTuningIntegrationWandb(_Model, kw_only=True):
    project: Annotated[str, Meta(description="The project the run is created under.")] | None = None
    name: Annotated[str, Meta(description="The display name of the run.")] | None = None
    entity: Annotated[str, Meta(description="The team or user the run belongs to.")] | None = None
    tags: list[str] | None = None
    run_id: Annotated[str, Meta(description="The ID of the W&B run.")] | None = None


class FineTuningIntegration(_Model, kw_only=True):
    type: Annotated[str, Meta(description="`wandb`.")] = _ABSENT
    wandb: FineTuningIntegrationWandb | None = None


class FineTuningJobEvent(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `fine_tuning.job.event`.")] | None = None
    created_at: Annotated[int, Meta(description="When the event happened (Unix seconds).")] | None = None
    level: Annotated[str, Meta(description="info, warn or error.")] | None = None
    message: str | None = None
    type: Annotated[str, Meta(description="`message` or `metrics`.")] | None = None
    data: (
        Annotated[
            dict[str, Any],
            Meta(description="The data of a `metrics` event (step, losses, accuracies); null for a message."),
        ]
        | None
    ) = None


class ListFineTuningJobEventsResponse(_Model, kw_only=True):
    data: list[FineTuningJobEvent] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    has_more: (
        Annotated[
            bool,
            Meta(description="Whether more events follow; sent by servers though the April 2024 OpenAI spec lacks it."),
        ]
        | None
    ) = None


class Metrics(_Model, kw_only=True):
    step: float | None = None
    train_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None
    full_valid_loss: float | None = None
    full_valid_mean_token_accuracy: float | None = None


class FineTuningJobCheckpoint(_Model, kw_only=True):
    id: str = _ABSENT
    object: Annotated[str, Meta(description="Always `fine_tuning.job.checkpoint`.")] | None = None
    created_at: Annotated[int, Meta(description="When the checkpoint was made (Unix seconds).")] | None = None
    fine_tuned_model_checkpoint: Annotated[str, Meta(description="The checkpoint's model name")] | None = None
    fine_tuning_job_id: str | None = None
    step_number: Annotated[int, Meta(description="The training step the checkpoint was taken at.")] | None = None
    metrics: Annotated[Metrics, Meta(description="The training and validation metrics at that step.")] | None = None


class ListFineTuningJobCheckpointsResponse(_Model, kw_only=True):
    data: list[FineTuningJobCheckpoint] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    first_id: str | None = None
    last_id: str | None = None
    has_more: Annotated[bool, Meta(description="Whether more checkpoints follow.")] | None = None


class Reinforcement(_Model, kw_only=True):
    grader: FineTuneGrader = _ABSENT
    hyperparameters: FineTuneMethodHyperparameters | None = None


class FineTuneMethod(_Model, kw_only=True):
    type: Literal["supervised", "dpo", "reinforcement"] | str = _ABSENT
    supervised: Supervised | None = None
    dpo: Dpo | None = None
    reinforcement: Reinforcement | None = None


class CreateFineTuningJobRequest(_Model, kw_only=True):
    model: Annotated[
        str,
        Meta(
            description="The model to fine-tune, e.g. `gpt-4.1-mini-2025-04-14`, `gpt-4o-mini-2024-07-18`, `o4-mini-2025-04-16` (reinforcement), `gpt-3.5-turbo`, `babbage-002` or `davinci-002`."
        ),
    ] = _ABSENT
    training_file: Annotated[
        str, Meta(description="The ID of an uploaded JSONL file (purpose `fine-tune`) with the training data.")
    ] = _ABSENT
    hyperparameters: (
        Annotated[
            CreateFineTuningJobHyperparameters,
            Meta(description="Deprecated: give them in `method` instead. The hyperparameters of a supervised job."),
        ]
        | None
    ) = None
    method: FineTuneMethod | None = None
    metadata: Metadata | None = None
    suffix: (
        Annotated[
            Suffix,
            Meta(
                description="1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null."
            ),
        ]
        | None
    ) = None
    validation_file: (
        Annotated[
            str,
            Meta(
                description="The ID of an uploaded JSONL file (purpose `fine-tune`) with validation data, for metrics during training; not the same data as the training file."
            ),
        ]
        | None
    ) = None
    integrations: (
        Annotated[list[CreateFineTuningJobIntegration], Meta(description="Integrations to enable for the job.")] | None
    ) = None
    seed: (
        Annotated[
            Seed,
            Meta(
                description="0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set."
            ),
        ]
        | None
    ) = None


class FineTuningJob(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The job ID (`ftjob-...`).")] = _ABSENT
    object: Annotated[str, Meta(description="Always `fine_tuning.job`.")] | None = None
    created_at: Annotated[int, Meta(description="When the job was created (Unix seconds).")] | None = None
    error: Annotated[FineTuningJobError, Meta(description="Why the job failed, when its status is failed.")] | None = (
        None
    )
    fine_tuned_model: (
        Annotated[str, Meta(description="The name of the model being created; null while the job runs.")] | None
    ) = None
    finished_at: (
        Annotated[int, Meta(description="When the job finished (Unix seconds); null while it runs.")] | None
    ) = None
    hyperparameters: FineTuningJobHyperparameters | None = None
    model: Annotated[str, Meta(description="The base model being fine-tuned.")] | None = None
    organization_id: Annotated[str, Meta(description="The organization that owns the job.")] | None = None
    result_files: (
        Annotated[
            list[str],
            Meta(description="The IDs of the result files; read them with `GET /v1/files/{file_id}/content`."),
        ]
        | None
    ) = None
    status: (
        Annotated[str, Meta(description="validating_files, queued, running, succeeded, failed or cancelled.")] | None
    ) = None
    trained_tokens: (
        Annotated[int, Meta(description="The billable tokens the job processed; null while it runs.")] | None
    ) = None
    training_file: Annotated[str, Meta(description="The ID of the training file.")] | None = None
    validation_file: Annotated[str, Meta(description="The ID of the validation file, if any.")] | None = None
    integrations: (
        Annotated[list[FineTuningIntegration], Meta(description="The integrations enabled for the job.")] | None
    ) = None
    seed: Annotated[int, Meta(description="The seed of the job.")] | None = None
    method: FineTuneMethod | None = None
    metadata: Annotated[dict[str, str], Meta(description="The key-value pairs attached to the job.")] | None = None
    estimated_finish: (
        Annotated[int, Meta(description="When the job is expected to finish (Unix seconds), while it runs.")] | None
    ) = None


class ListPaginatedFineTuningJobsResponse(_Model, kw_only=True):
    data: list[FineTuningJob] = _ABSENT
    has_more: bool = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None


__all__ = [
    "CreateFineTuningJobHyperparameters",
    "CreateFineTuningJobIntegration",
    "CreateFineTuningJobIntegrationWandb",
    "CreateFineTuningJobRequest",
    "Dpo",
    "FineTuneGrader",
    "FineTuneGraderContentPart",
    "FineTuneGraderMessage",
    "FineTuneGraderSettings",
    "FineTuneMethod",
    "FineTuneMethodHyperparameters",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "InputAudio1",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "Metrics",
    "Reinforcement",
    "SamplingParams",
    "Supervised",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
