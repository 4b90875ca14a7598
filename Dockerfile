# Production image of the platform. Build: docker build -t overload-control .
# The database is external (see docker-compose.yml): SPRING_DATASOURCE_URL turns the embedded
# PostgreSQL off.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/overload-control-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /app/data && chown app /app/data
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER app
ENV TZ=Asia/Shanghai \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
EXPOSE 8080
VOLUME /app/data
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
