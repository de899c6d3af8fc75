# The ledger's image, built from this repository (docker-compose.yml builds it for both nodes).
# Everything comes from package registries: Debian's packages (JDK, Maven, Node.js and npm),
# Maven Central (the build's dependencies) and the npm registry (the GOV.UK Frontend styles).

# --- build: the jar with the pages' assets -----------------------------------------------------
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven nodejs npm ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so that a change to the code does not download them again. This only warms
# the cache (go-offline cannot resolve everything a build uses); the package step below fails
# loudly if anything is missing.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY axon-config axon-config
COPY frontend frontend
COPY src src
RUN mvn -B -q package -DskipTests

# --- run: a JRE, a user without privileges, a health check -------------------------------------
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin ledger \
 && mkdir -p /app /data && chown ledger /data
COPY --from=build /src/target/programme-ledger.jar /app/programme-ledger.jar
USER 10001
WORKDIR /app
ENV PORT=8080 LEDGER_DATA_DIR=/data/postgres
EXPOSE 8080
# Ready means migrated, demo data (if any) loaded and the processors caught up (docs/operations.md).
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=6 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/programme-ledger.jar"]
