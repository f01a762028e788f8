"""The bundled demo site and the server that lets `harvester crawl demo` run offline."""
