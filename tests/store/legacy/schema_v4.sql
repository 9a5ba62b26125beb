-- Liseuse schema version 4, frozen: builds old databases for the upgrade tests.
-- Never edit: a later schema gets its own file.
PRAGMA application_id = 1279873861;
CREATE TABLE documents (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	raw_sha256 VARCHAR(64) NOT NULL, 
	source TEXT NOT NULL, 
	title TEXT NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	dct VARCHAR(32), 
	text TEXT NOT NULL, 
	extractor_version VARCHAR(32) NOT NULL, 
	created VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (sha256)
);
CREATE INDEX ix_documents_raw_sha256 ON documents (raw_sha256);
CREATE TABLE tags (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE regions (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT role_ok CHECK (role IN ('title', 'body', 'boilerplate', 'duplicate')), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE entities (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	name TEXT NOT NULL, 
	aliases TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT kind_ok CHECK (kind IN ('PER', 'ORG', 'LOC', 'MISC')), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX ix_entities_document_id ON entities (document_id);
CREATE INDEX ix_entities_people ON entities (kind, document_id);
CREATE TABLE dates (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	value VARCHAR(64), 
	mod VARCHAR(16), 
	anchor VARCHAR(16), 
	anchor_date_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, 
	FOREIGN KEY(anchor_date_id) REFERENCES dates (id) ON DELETE SET NULL
);
CREATE INDEX ix_dates_document_id ON dates (document_id);
CREATE TABLE annotations (
	id INTEGER NOT NULL, 
	uuid VARCHAR(64) NOT NULL, 
	document_id INTEGER, 
	document_sha256 VARCHAR(64) NOT NULL, 
	start INTEGER, 
	"end" INTEGER, 
	quote TEXT NOT NULL, 
	prefix TEXT NOT NULL, 
	suffix TEXT NOT NULL, 
	color VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	created VARCHAR(32) NOT NULL, 
	modified VARCHAR(32) NOT NULL, 
	anchor_state VARCHAR(16) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT color_ok CHECK (color IN ('yellow', 'red', 'green', 'blue', 'purple', 'magenta', 'orange', 'grey')), 
	CONSTRAINT anchor_state_ok CHECK (anchor_state IN ('exact', 'approximate', 'unanchored')), 
	UNIQUE (uuid), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE SET NULL
);
CREATE INDEX ix_annotations_document_id ON annotations (document_id);
CREATE INDEX ix_annotations_document_sha256 ON annotations (document_sha256);
CREATE INDEX ix_annotations_reading ON annotations (document_id, start);
CREATE TABLE corrections (
	id INTEGER NOT NULL, 
	uuid VARCHAR(64) NOT NULL, 
	scope VARCHAR(16) NOT NULL, 
	document_id INTEGER, 
	document_sha256 VARCHAR(64), 
	action VARCHAR(32) NOT NULL, 
	subject TEXT NOT NULL, 
	prefix TEXT NOT NULL, 
	suffix TEXT NOT NULL, 
	start INTEGER, 
	"end" INTEGER, 
	payload TEXT NOT NULL, 
	created VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT scope_ok CHECK (scope IN ('article', 'everywhere')), 
	CONSTRAINT anchored_ok CHECK (scope = 'everywhere' OR document_sha256 IS NOT NULL), 
	UNIQUE (uuid), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE SET NULL
);
CREATE INDEX ix_corrections_document_id ON corrections (document_id);
CREATE TABLE trash (
	document_id INTEGER NOT NULL, 
	trashed VARCHAR(32) NOT NULL, 
	PRIMARY KEY (document_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE mentions (
	id INTEGER NOT NULL, 
	entity_id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(entity_id) REFERENCES entities (id) ON DELETE CASCADE
);
CREATE INDEX ix_mentions_entity_id ON mentions (entity_id);
CREATE INDEX ix_mentions_span ON mentions (entity_id, start);
CREATE TABLE attributes (
	id INTEGER NOT NULL, 
	entity_id INTEGER NOT NULL, 
	"key" VARCHAR(32) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(entity_id) REFERENCES entities (id) ON DELETE CASCADE
);
CREATE INDEX ix_attributes_entity_id ON attributes (entity_id);
CREATE TABLE events (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	date_id INTEGER NOT NULL, 
	value VARCHAR(64) NOT NULL, 
	mod VARCHAR(16), 
	precision VARCHAR(16) NOT NULL, 
	sort_key VARCHAR(32) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	label TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, 
	FOREIGN KEY(date_id) REFERENCES dates (id) ON DELETE CASCADE
);
CREATE INDEX ix_events_document_id ON events (document_id);
CREATE TABLE annotation_tags (
	annotation_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	PRIMARY KEY (annotation_id, tag_id), 
	FOREIGN KEY(annotation_id) REFERENCES annotations (id) ON DELETE CASCADE, 
	FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE TABLE event_participants (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	entity_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (event_id, entity_id), 
	FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	FOREIGN KEY(entity_id) REFERENCES entities (id) ON DELETE CASCADE
);
CREATE INDEX ix_event_participants_event_id ON event_participants (event_id);
CREATE VIRTUAL TABLE annotations_fts USING fts5(quote, note, tags, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
PRAGMA user_version = 4;
