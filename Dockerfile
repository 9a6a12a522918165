# syntax=docker/dockerfile:1
# verbatim: multi-stage build of a static binary into a distroless, non-root image.
#
# Base images are named by tag here. For reproducible production builds pin each by
# digest, e.g. FROM golang:1.26-bookworm@sha256:<digest>, taking the digest from
# `docker buildx imagetools inspect golang:1.26-bookworm` on a machine that can reach
# the registry (this project's build machines cannot, so no digest is recorded here).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=0.1.0
ARG COMMIT=unknown
RUN CGO_ENABLED=0 GOFLAGS=-buildvcs=false go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
      -o /out/verbatim ./cmd/verbatim

# distroless/static has no shell: the binary's own `healthcheck` command probes /healthz.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/verbatim /usr/local/bin/verbatim
USER nonroot:nonroot
ENV VERBATIM_ADDR=:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=2s --start-period=5s --retries=3 \
  CMD ["/usr/local/bin/verbatim", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/verbatim"]
CMD ["serve"]
