package api

import (
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the server's Prometheus collectors, registered on a registry
// the caller owns so tests and several servers in one process stay apart.
type metrics struct {
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	inflight  prometheus.Gauge
	rejected  *prometheus.CounterVec
	panics    prometheus.Counter
	textBytes prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "verbatim_http_requests_total", Help: "HTTP requests by method, route template and status code.",
		}, []string{"method", "route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "verbatim_http_request_duration_seconds", Help: "HTTP request latency by route template.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"method", "route"}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "verbatim_analyses_in_flight", Help: "Analyses running now.",
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "verbatim_rejected_total", Help: "Requests turned away before analysis, by reason.",
		}, []string{"reason"}),
		panics: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "verbatim_panics_total", Help: "Panics recovered in handlers.",
		}),
		textBytes: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "verbatim_text_bytes", Help: "Size of analysed texts in bytes.",
			Buckets: prometheus.ExponentialBuckets(256, 4, 9),
		}),
	}
	reg.MustRegister(m.requests, m.duration, m.inflight, m.rejected, m.panics, m.textBytes)
	return m
}

// RegisterRuntimeCollectors adds the Go runtime and process collectors,
// which belong to the process rather than to one router.
func RegisterRuntimeCollectors(reg prometheus.Registerer) {
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

func (m *metrics) handler() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(c.Request.Method, route, strconv.Itoa(c.Writer.Status())).Inc()
		m.duration.WithLabelValues(c.Request.Method, route).Observe(time.Since(start).Seconds())
	}
}

// StageObserver returns a function that records pipeline stage timings as
// verbatim_stage_duration_seconds{stage} on reg; pass it to
// classifier.WithStageObserver.
func StageObserver(reg prometheus.Registerer) func(stage string, d time.Duration) {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "verbatim_stage_duration_seconds", Help: "Time spent in each analysis stage.",
		Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1},
	}, []string{"stage"})
	reg.MustRegister(h)
	return func(stage string, d time.Duration) { h.WithLabelValues(stage).Observe(d.Seconds()) }
}
