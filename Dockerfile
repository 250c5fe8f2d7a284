# One image recipe for both services: docker build --build-arg SERVICE=command-service|query-service .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/service.jar
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
