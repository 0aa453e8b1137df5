# Lodestar: the web app and its CLI, with the embedded llama.cpp model and MiniLM embeddings.
# Build: docker build -t lodestar .   (llama.cpp compiles once, about 7 minutes on 2 cores)
FROM python:3.11-slim AS build

ARG LLAMA_VERSION=0.3.36
# Portable CPU baseline (AVX2, no AVX-512/AMX), like scripts/bootstrap.sh; override for a GPU.
ARG LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF"

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential cmake git \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/lodestar
ENV PATH=/opt/lodestar/bin:$PATH PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN pip install --upgrade pip setuptools wheel
# torch first, pinned to the CPU build: a looser spec pulls several GB of CUDA packages.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
RUN CMAKE_ARGS="$LLAMA_CMAKE_ARGS" pip install "llama-cpp-python==${LLAMA_VERSION}"

WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY app ./app
COPY models ./models
COPY knowledge ./knowledge
COPY engagement ./engagement
COPY profiles ./profiles
COPY safety ./safety
COPY migrations ./migrations
# The same package the README installs (scripts/bootstrap.sh: pip install -e .), not editable.
RUN pip install ".[otel]"

FROM python:3.11-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 lodestar \
    && mkdir -p /data && chown lodestar /data
COPY --from=build /opt/lodestar /opt/lodestar
ENV PATH=/opt/lodestar/bin:$PATH \
    LODESTAR_DATA_DIR=/data \
    LODESTAR_HOST=0.0.0.0 \
    LODESTAR_PORT=8000 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False
USER lodestar
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=5 \
    CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
# `serve` migrates the database first; pass `--workers N` to run N worker processes.
ENTRYPOINT ["lodestar"]
CMD ["serve"]
