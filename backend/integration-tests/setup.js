const { MetadataStorage } = require("@mikro-orm/core")

// Each test file boots its own Medusa app; clear MikroORM's entity registry between them.
MetadataStorage.clear()
