# Thi đua – production image. Build: docker build -t thidua .   Run with docker-compose.yml beside this file.

# --- build stage: compile and package the Spring Boot jar (tests run in CI, not here) ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a source change does not download the world again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline || true
COPY . .
RUN mvn -B -DskipTests package \
 && cp target/thidua-*.jar /src/app.jar

# --- runtime stage: JRE only, non-root ---
FROM eclipse-temurin:17-jre
ENV TZ=Asia/Ho_Chi_Minh \
    LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8"
RUN groupadd --system thidua \
 && useradd --system --gid thidua --home-dir /app --shell /usr/sbin/nologin thidua \
 && mkdir -p /app/data \
 && chown -R thidua:thidua /app
WORKDIR /app
COPY --from=build --chown=thidua:thidua /src/app.jar /app/app.jar
USER thidua
EXPOSE 8080
# Any HTTP answer on 8080 means the application is up (bash's /dev/tcp: the JRE image has no curl guarantee).
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET / HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q "^HTTP/1\.[01] [23]"'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
