// Shared Medusa test setup: scripts/jest-medusa-preset.cjs
module.exports = require("../../scripts/jest-medusa-preset.cjs")(__dirname)
