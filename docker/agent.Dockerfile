# The collection agent: `mlb-agent run` collects each source on its interval.
# config.toml is not part of the image: docker-compose.yml mounts it (MLB_CONFIG).
FROM python:3.11-slim-bookworm
WORKDIR /app
COPY pyproject.toml README.md ./
COPY agent ./agent
RUN pip install --no-cache-dir .
CMD ["mlb-agent", "run"]
