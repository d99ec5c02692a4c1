# Frontline in a container: built with Maven, run on a Java 17 runtime as a user without rights.
#   docker build -t frontline .
#   docker run -e TELEGRAM_BOT_TOKEN=... -v frontline-data:/data -p 9090:9090 frontline
# Several instances with PostgreSQL behind a proxy: compose.yaml. Guides: docs/.

# ---- build ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a change in the sources does not download them again.
COPY pom.xml .
COPY bot/pom.xml bot/
RUN mvn -q -B -pl bot dependency:go-offline
COPY bot bot
COPY prompts prompts
RUN mvn -q -B -pl bot package -Dmaven.test.skip=true

# ---- run ----
FROM eclipse-temurin:17-jre
# Fonts for the weekly summary's chart (Java2D draws text even without a display); curl for
# the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 frontline \
 && useradd --system --uid 10001 --gid frontline --home-dir /app --shell /usr/sbin/nologin frontline \
 && mkdir -p /data \
 && chown frontline:frontline /data
WORKDIR /app
COPY --from=build /src/bot/target/frontline.jar /app/frontline.jar
# The sample company, so the image runs as it is; mount your own knowledge over /app/knowledge.
COPY knowledge /app/knowledge

# The same names as `frontline run` reads (README, docs/); each may be overridden at run time.
ENV KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data \
    WEBHOOK_LISTEN=0.0.0.0:8080 \
    HEALTH_LISTEN=0.0.0.0:9090 \
    LOG_LEVEL=INFO \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"

VOLUME /data
EXPOSE 8080 9090
USER frontline:frontline
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:9090/livez >/dev/null || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/frontline.jar \"$@\"", "frontline"]
CMD ["run"]
