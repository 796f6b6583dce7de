# Builds the runnable jar and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --create-home enforcement && mkdir -p /app/data && chown enforcement:enforcement /app/data
# evidence files and uploads in progress (the database is elsewhere): keep this directory on a volume
ENV ENFORCEMENT_DATA_DIR=/app/data
COPY --from=build /src/enforcement-web/target/enforcement-web-*.jar /app/enforcement.jar
USER enforcement
EXPOSE 8080
# A bounded heap: 512 MB is enough under load (docs/benchmark.md); a JVM out of memory exits and is restarted.
ENV JAVA_TOOL_OPTIONS="-Xmx512m -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/enforcement.jar"]
