# hvlint for CI systems without Node: the packed package on Node 24 (the action's runtime).
#   docker build -t hvlint .
#   docker run --rm -v "$PWD:/work" hvlint estate/
# Built and tested only where Docker is available: hvlint's own CI has no Docker (see docs/ci.md).
FROM node:24-alpine
COPY hvlint-*.tgz /tmp/
RUN npm install --global --no-audit --no-fund /tmp/hvlint-*.tgz && rm /tmp/hvlint-*.tgz
WORKDIR /work
ENTRYPOINT ["hvlint"]
