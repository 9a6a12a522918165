package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"
)

var (
	probUnauthorized = problemKind{"unauthorized", "Missing or wrong API key", http.StatusUnauthorized, "This server requires an API key: send `Authorization: Bearer <key>`. Ask the operator for a key."}
	probRateLimited  = problemKind{"rate-limited", "Too many requests", http.StatusTooManyRequests, "This key (or address) sent more requests than its rate allows. Wait the number of seconds in Retry-After."}
)

func init() {
	problemKinds[probUnauthorized.slug] = probUnauthorized
	problemKinds[probRateLimited.slug] = probRateLimited
}

// keyring checks API keys in constant time. Keys are kept only as SHA-256
// digests, so a memory dump or a log line never shows one.
type keyring struct{ digests [][32]byte }

func newKeyring(keys []string) *keyring {
	k := &keyring{}
	for _, key := range keys {
		if key = strings.TrimSpace(key); key != "" {
			k.digests = append(k.digests, sha256.Sum256([]byte(key)))
		}
	}
	return k
}

// match returns the index of the key, or -1. Every stored digest is
// compared, so timing does not reveal which key nearly matched.
func (k *keyring) match(key string) int {
	d := sha256.Sum256([]byte(key))
	found := -1
	for i, x := range k.digests {
		if subtle.ConstantTimeCompare(d[:], x[:]) == 1 {
			found = i
		}
	}
	return found
}

// auth requires a valid bearer key when keys are configured; it records the
// key's index as the rate-limit identity.
func auth(k *keyring) gin.HandlerFunc {
	return func(c *gin.Context) {
		if len(k.digests) == 0 {
			c.Next()
			return
		}
		h := c.GetHeader("Authorization")
		scheme, key, _ := strings.Cut(h, " ")
		i := -1
		if strings.EqualFold(scheme, "Bearer") {
			i = k.match(strings.TrimSpace(key))
		}
		if i < 0 {
			c.Header("WWW-Authenticate", `Bearer realm="verbatim"`)
			detail := "missing API key; send Authorization: Bearer <key>"
			if h != "" {
				detail = "API key not recognised; check the key and send it as Authorization: Bearer <key>"
			}
			abortProblem(c, probUnauthorized, detail)
			return
		}
		c.Set(ctxClient, "key:"+strconv.Itoa(i))
		c.Next()
	}
}

const ctxClient = "verbatim.client"

// rateLimiter gives each client (API key, or remote address without keys)
// its own token bucket. The table is bounded: when it grows past maxClients
// idle buckets are dropped, which at worst grants a fresh burst.
type rateLimiter struct {
	rps   rate.Limit
	burst int
	mu    sync.Mutex
	m     map[string]*clientBucket
}

type clientBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

const maxClients = 10000

func newRateLimiter(rps float64, burst int) *rateLimiter {
	if burst < 1 {
		burst = max(1, int(math.Ceil(rps)))
	}
	return &rateLimiter{rps: rate.Limit(rps), burst: burst, m: map[string]*clientBucket{}}
}

func (rl *rateLimiter) handler(m *metrics) gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetString(ctxClient)
		if id == "" {
			id = "ip:" + c.ClientIP()
		}
		now := time.Now()
		rl.mu.Lock()
		b := rl.m[id]
		if b == nil {
			if len(rl.m) >= maxClients {
				for k, v := range rl.m {
					if now.Sub(v.seen) > time.Minute {
						delete(rl.m, k)
					}
				}
			}
			b = &clientBucket{lim: rate.NewLimiter(rl.rps, rl.burst)}
			rl.m[id] = b
		}
		b.seen = now
		r := b.lim.ReserveN(now, 1)
		delay := r.DelayFrom(now)
		if delay > 0 {
			r.CancelAt(now)
		}
		rl.mu.Unlock()
		if delay > 0 {
			m.rejected.WithLabelValues("rate_limited").Inc()
			secs := int(math.Ceil(delay.Seconds()))
			c.Header("Retry-After", strconv.Itoa(secs))
			abortProblem(c, probRateLimited, "rate limit of "+strconv.FormatFloat(float64(rl.rps), 'g', -1, 64)+" requests/s exceeded; retry after "+strconv.Itoa(secs)+" s")
			return
		}
		c.Next()
	}
}

// cors answers cross-origin requests from the allowed origins only, so an
// editorial web app on another host can call the API from the browser.
func cors(origins []string) gin.HandlerFunc {
	allowAll := false
	allowed := map[string]bool{}
	for _, o := range origins {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		if o == "*" {
			allowAll = true
		} else if o != "" {
			allowed[strings.ToLower(o)] = true
		}
	}
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if origin == "" || (!allowAll && !allowed[strings.ToLower(origin)]) {
			c.Next()
			return
		}
		h := c.Writer.Header()
		h.Add("Vary", "Origin")
		if allowAll {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		h.Set("Access-Control-Expose-Headers", "X-Request-ID, Retry-After")
		if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			// Content-Encoding: a browser app may gzip an upload
			// (CompressionStream), which both analysis routes read;
			// without it here the browser refused to send it at all.
			h.Set("Access-Control-Allow-Headers", "Content-Type, Content-Encoding, Authorization, X-Request-ID")
			h.Set("Access-Control-Max-Age", "600")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}
