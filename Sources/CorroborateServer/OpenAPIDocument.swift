import Hummingbird

/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`. A test walks its paths
/// and checks each route answers with the documented status and top-level shape.
enum OpenAPIDocument {
    static var response: Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }

    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Corroborate",
            "version": "1",
            "description": "Stories reconciled across outlets: what is confirmed, disputed, who said what. Objects follow the story brief spec, version 1."
          },
          "paths": {
            "/api/stories": {
              "get": {
                "summary": "A page of story summaries, newest first",
                "parameters": [
                  { "name": "from", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "Stories with an article on or after this day (YYYY-MM-DD)" },
                  { "name": "to", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "Stories with an article on or before this day (YYYY-MM-DD)" },
                  { "name": "outlet", "in": "query", "schema": { "type": "string", "maxLength": 200 }, "description": "Exact outlet name" },
                  { "name": "entity", "in": "query", "schema": { "type": "string", "maxLength": 200 }, "description": "Entity name or alias, case-insensitive" },
                  { "name": "q", "in": "query", "schema": { "type": "string", "maxLength": 200 }, "description": "Full-text search: plain words" },
                  { "name": "disputed", "in": "query", "schema": { "type": "boolean", "default": false }, "description": "Only stories with a disputed claim" },
                  { "name": "offset", "in": "query", "schema": { "type": "integer", "minimum": 0, "maximum": 1000000, "default": 0 } },
                  { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 } }
                ],
                "responses": {
                  "200": { "description": "A page of stories", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StoryPage" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" }
                }
              }
            },
            "/api/stories/{id}": {
              "get": {
                "summary": "A story's brief and its articles",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[A-Za-z0-9._:-]{1,128}$" } } ],
                "responses": {
                  "200": { "description": "The story", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StoryDetail" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/articles/{id}": {
              "get": {
                "summary": "One stored article",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[A-Za-z0-9._:-]{1,128}$" } } ],
                "responses": {
                  "200": { "description": "The article", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Article" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/entities/{name}/quotes": {
              "get": {
                "summary": "Everything a person or organization said, by story",
                "parameters": [ { "name": "name", "in": "path", "required": true, "schema": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Name or alias, case-insensitive (percent-encoded)" } ],
                "responses": {
                  "200": { "description": "Quotes grouped by story", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EntityQuotes" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" }
                }
              }
            },
            "/api/claims": {
              "get": {
                "summary": "Claims across stories by status",
                "parameters": [
                  { "name": "status", "in": "query", "schema": { "type": "string", "enum": ["confirmed", "disputed", "denied", "unconfirmed", "reported", "all"], "default": "disputed" } },
                  { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 100 } }
                ],
                "responses": {
                  "200": { "description": "Claims with their stories", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ClaimList" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" }
                }
              }
            },
            "/api/outlets": {
              "get": {
                "summary": "Every outlet's record: exclusives, discrepancies, how often out of line",
                "responses": {
                  "200": { "description": "Outlet records", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/OutletList" } } } }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "summary": "This document",
                "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": { "schema": { "type": "object", "required": ["openapi", "paths"] } } } } }
              }
            }
          },
          "components": {
            "responses": {
              "BadRequest": { "description": "A parameter is malformed or out of range", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "NotFound": { "description": "No such story or article", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            },
            "schemas": {
              "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "string" } } },
              "StoryPage": {
                "type": "object", "required": ["stories", "total", "offset", "limit"],
                "properties": {
                  "stories": { "type": "array", "items": { "$ref": "#/components/schemas/StorySummary" } },
                  "total": { "type": "integer" }, "offset": { "type": "integer" }, "limit": { "type": "integer" }
                }
              },
              "StorySummary": {
                "type": "object", "required": ["id", "title", "articleCount", "outlets", "disputedClaims"],
                "properties": {
                  "id": { "type": "string" }, "title": { "type": "string" },
                  "firstPublished": { "type": ["string", "null"] }, "lastPublished": { "type": ["string", "null"] },
                  "articleCount": { "type": "integer" }, "outlets": { "type": "array", "items": { "type": "string" } },
                  "disputedClaims": { "type": "integer" }
                }
              },
              "StoryDetail": {
                "type": "object", "required": ["story", "articles"],
                "properties": { "story": { "$ref": "#/components/schemas/Story" }, "articles": { "type": "array", "items": { "$ref": "#/components/schemas/Article" } } }
              },
              "Story": {
                "type": "object", "description": "The Story object of the brief spec",
                "required": ["id", "title", "articles", "nearDuplicates", "firstPublished", "lastPublished", "entities", "quotes", "quoteGroups", "claims", "agreements", "discrepancies", "exclusives", "citations", "timeline"],
                "properties": {
                  "id": { "type": "string" }, "title": { "type": "string" },
                  "articles": { "type": "array", "items": { "type": "string" } },
                  "nearDuplicates": { "type": "array", "items": { "type": "array", "items": { "type": "string" } } },
                  "firstPublished": { "type": ["string", "null"] }, "lastPublished": { "type": ["string", "null"] },
                  "entities": { "type": "array", "items": { "type": "object" } },
                  "quotes": { "type": "array", "items": { "$ref": "#/components/schemas/Quote" } },
                  "quoteGroups": { "type": "array", "items": { "type": "object" } },
                  "claims": { "type": "array", "items": { "$ref": "#/components/schemas/Claim" } },
                  "agreements": { "type": "array", "items": { "type": "object" } },
                  "discrepancies": { "type": "array", "items": { "type": "object" } },
                  "exclusives": { "type": "array", "items": { "type": "object" } },
                  "citations": { "type": "array", "items": { "type": "object" } },
                  "timeline": { "type": "array", "items": { "type": "object" } }
                }
              },
              "Article": {
                "type": "object", "description": "The Article object of the brief spec",
                "required": ["id", "source", "url", "outlet", "title", "standfirst", "published", "byline", "dateline", "agencies", "language", "body", "removed", "captions", "comments"],
                "properties": {
                  "id": { "type": "string" }, "source": { "type": "string" }, "url": { "type": ["string", "null"] },
                  "outlet": { "type": ["string", "null"] }, "title": { "type": ["string", "null"] }, "standfirst": { "type": ["string", "null"] },
                  "published": { "type": ["string", "null"] }, "byline": { "type": "array", "items": { "type": "string" } },
                  "dateline": { "type": ["string", "null"] }, "agencies": { "type": "array", "items": { "type": "string" } },
                  "language": { "type": ["string", "null"] }, "body": { "type": "array", "items": { "type": "object" } },
                  "removed": { "type": "array", "items": { "type": "object" } }, "captions": { "type": "array", "items": { "type": "string" } },
                  "comments": { "type": "array", "items": { "type": "string" } }
                }
              },
              "Quote": {
                "type": "object", "required": ["id", "article", "speaker", "speakerName", "text", "kind", "cue", "via", "sentence"],
                "properties": {
                  "id": { "type": "string" }, "article": { "type": "string" }, "speaker": { "type": ["string", "null"] },
                  "speakerName": { "type": ["string", "null"] }, "text": { "type": "string" },
                  "kind": { "type": "string", "enum": ["direct", "partial", "indirect"] }, "cue": { "type": ["string", "null"] },
                  "via": { "type": "array", "items": { "type": "string" } }, "sentence": { "type": "string" }
                }
              },
              "Claim": {
                "type": "object", "required": ["id", "text", "positions", "status"],
                "properties": {
                  "id": { "type": "string" }, "text": { "type": "string" }, "positions": { "type": "array", "items": { "type": "object" } },
                  "status": { "type": "string", "enum": ["confirmed", "disputed", "denied", "unconfirmed", "reported"] },
                  "coverage": { "type": "array", "description": "each article's stance toward the claim, read by the stance model (empty in a story of one article)",
                    "items": { "type": "object", "required": ["article", "stance"], "properties": { "article": { "type": "string" },
                      "stance": { "type": "string", "enum": ["agree", "disagree", "discuss", "unrelated"] } } } }
                }
              },
              "EntityQuotes": {
                "type": "object", "required": ["name", "stories"],
                "properties": {
                  "name": { "type": "string" },
                  "stories": { "type": "array", "items": { "type": "object", "required": ["story", "storyTitle", "quotes"],
                    "properties": { "story": { "type": "string" }, "storyTitle": { "type": "string" }, "quotes": { "type": "array", "items": { "$ref": "#/components/schemas/Quote" } } } } }
                }
              },
              "ClaimList": {
                "type": "object", "required": ["status", "claims"],
                "properties": {
                  "status": { "type": ["string", "null"] },
                  "claims": { "type": "array", "items": { "type": "object", "required": ["story", "storyTitle", "claim"],
                    "properties": { "story": { "type": "string" }, "storyTitle": { "type": "string" }, "claim": { "$ref": "#/components/schemas/Claim" } } } }
                }
              },
              "OutletList": {
                "type": "object", "required": ["outlets"],
                "properties": { "outlets": { "type": "array", "items": { "$ref": "#/components/schemas/OutletRecord" } } }
              },
              "OutletRecord": {
                "type": "object", "required": ["outlet", "articles", "stories", "exclusives", "outOfLine", "discrepancies"],
                "properties": {
                  "outlet": { "type": "string" }, "articles": { "type": "integer" }, "stories": { "type": "integer" },
                  "exclusives": { "type": "integer" }, "outOfLine": { "type": "integer" }, "discrepancies": { "type": "integer" }
                }
              }
            }
          }
        }
        """#
}
