# Builds the ledger from this repository for docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger
USER ledger
COPY --from=build /src/target/programme-ledger.jar /app/programme-ledger.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/programme-ledger.jar"]
