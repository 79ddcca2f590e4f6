// The application config lives at the repository root (one config for the whole platform).
import config from "../medusa-config"

export default config
