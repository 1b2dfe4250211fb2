// Command ferretdb runs an embedded FerretDB v1 (MongoDB wire protocol) server
// for local integration tests. It is built by scripts/servers/mongo-start.sh.
//
// Flags (each also read from the environment variable in brackets):
//
//	-listen   [FERRETDB_LISTEN]          TCP listen address (default 127.0.0.1:27018)
//	-handler  [FERRETDB_HANDLER]         "postgresql" (default) or "sqlite"
//	-pg-url   [FERRETDB_POSTGRESQL_URL]  PostgreSQL URL for the postgresql handler
//	-sqlite   [FERRETDB_SQLITE_URL]      SQLite directory URI for the sqlite handler
//	-log-level [FERRETDB_LOG_LEVEL]      debug, info, warn or error (default warn)
//	-pprof    [FERRETDB_PPROF]           address of Go's profiler (net/http/pprof), off when empty
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func main() {
	listen := flag.String("listen", env("FERRETDB_LISTEN", "127.0.0.1:27018"), "TCP listen address")
	handler := flag.String("handler", env("FERRETDB_HANDLER", "postgresql"), "backend handler: postgresql or sqlite")
	pgURL := flag.String("pg-url", env("FERRETDB_POSTGRESQL_URL", "postgres://postgres@127.0.0.1:54329/ferretdb"), "PostgreSQL URL")
	sqliteURL := flag.String("sqlite", env("FERRETDB_SQLITE_URL", "file:data/"), "SQLite directory URI (must end with /)")
	logLevel := flag.String("log-level", env("FERRETDB_LOG_LEVEL", "warn"), "log level: debug, info, warn, error")
	pprofAddr := flag.String("pprof", env("FERRETDB_PPROF", ""), "address of Go's profiler (net/http/pprof); off when empty")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(strings.ToUpper(*logLevel))); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: bad -log-level %q: %v\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listen},
		Logger:        logger,
		Handler:       *handler,
		PostgreSQLURL: *pgURL,
		SQLiteURL:     *sqliteURL,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}

	if *pprofAddr != "" {
		go func() {
			if err := http.ListenAndServe(*pprofAddr, nil); err != nil {
				fmt.Fprintf(os.Stderr, "ferretdb: pprof: %v\n", err)
			}
		}()
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	fmt.Fprintf(os.Stderr, "ferretdb: listening on %s (handler %s)\n", *listen, *handler)
	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "ferretdb: stopped")
}
