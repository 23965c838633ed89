__version__ = "0.1.0"

# Importing the package registers the TS-CAM / SCM architectures in timm's registry, so that
# `timm.create_model('deit_scm_small_patch16_224', ...)` works after `import scm_wsol`.
from . import models
