"""Operations: health and readiness, Prometheus metrics, request ids, tracing."""
