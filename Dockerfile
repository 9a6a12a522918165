# syntax=docker/dockerfile:1
# verbatim: multi-stage build of a static binary into a distroless, non-root image.
#
# Base images are named by tag so the file builds anywhere; pin them by digest for a
# reproducible release. Digests published for these tags (multi-arch index), as
# recorded by other public projects on the dates shown; this project's build machines
# cannot reach the registry, so re-resolve them with
# `crane digest <image>` (or `docker buildx imagetools inspect`) before pinning:
#   golang:1.26-bookworm@sha256:18aedc16aa19b3fd7ded7245fc14b109e054d65d22ed53c355c899582bbb2113  (2026-07-12)
#   gcr.io/distroless/static-debian12:nonroot@sha256:afa5c872c891853ca7fcf1f12c3edb23f7eeef36189728842dd51042ff57f7ab  (2026-08-26)
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
