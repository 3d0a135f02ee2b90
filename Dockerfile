# The site as a container: build with Node 24, serve with nginx and the generated config.
#   docker build -t iom-newsroom --build-arg SITE_URL=https://newsroom.example.org .
#   docker run --rm -p 8080:8080 iom-newsroom      # then open http://localhost:8080/
# Rebuild the image to publish new releases and to lift embargoes (see README, "Deploy").

FROM node:24-bookworm-slim AS build
WORKDIR /site
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=https://newsroom.example.org
ENV SITE_URL=${SITE_URL}
RUN npm run build \
 && npm run nginx-config -- --root /usr/share/nginx/html --listen 8080 --out deploy/nginx.conf

FROM nginx:stable
# The generated server block replaces the image's default site; its main nginx.conf stays.
COPY --from=build /site/deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/dist /usr/share/nginx/html
EXPOSE 8080
