# The collection agent: `mlb-agent run` collects each source on its interval.
FROM python:3.11-slim-bookworm
WORKDIR /app
COPY pyproject.toml README.md config.toml ./
COPY agent ./agent
RUN pip install --no-cache-dir .
CMD ["mlb-agent", "run"]
