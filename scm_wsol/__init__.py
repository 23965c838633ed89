__version__ = "0.1.0"

# `import scm_wsol` promises that timm's registry knows our architectures (the DeiT/ViT ones of `.models` and the
# Conformers of `.conformer`), so that `timm.create_model('deit_scm_small_patch16_224', ...)` works right after it. But
# torch and timm take seconds to import, and `scm_wsol.config` (every command line's `--help`) needs neither. So the
# model modules are imported here only when timm already is; otherwise a finder on `sys.meta_path` waits for timm's own
# import and registers the models as soon as timm has finished loading. `.conformer` imports `.models`, and `.models`
# imports timm: when `.models` is what brings timm in, the finder waits for `.models` to finish before `.conformer`.
import importlib
import importlib.util
import sys

_MODEL_MODULES = (f'{__name__}.models', f'{__name__}.conformer')  # in this order: the second imports the first

def __getattr__(name:str):
    # `scm_wsol.models` and the other modules still work as attributes, each imported on first use
    if name.isidentifier() and not name.startswith('_') and importlib.util.find_spec(f'{__name__}.{name}') is not None:
        return importlib.import_module(f'{__name__}.{name}')
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')

class _RegisterModelsAfterTimm:
    "Finds `timm` and `scm_wsol.models` through the other finders, and has their loaders import the model modules once loaded."
    def find_spec(self, fullname, path=None, target=None):
        if fullname not in ('timm', _MODEL_MODULES[0]): return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, 'find_spec'): continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                # a spec can be found without being loaded (availability checks), so only loading registers
                if spec.loader is not None: spec.loader = _ThenRegisterModels(spec.loader, self)
                return spec
        return None

class _ThenRegisterModels:
    "A module's own loader, followed by the import of the model modules not yet imported (nor under way)."
    def __init__(self, loader, finder): self.loader, self.finder = loader, finder
    def create_module(self, spec): return self.loader.create_module(spec)
    def exec_module(self, module):
        module.__loader__ = module.__spec__.loader = self.loader  # from here on the module sees only its own loader
        self.loader.exec_module(module)
        # timm imported by `.models` itself: `.models` is under way, and its own loader goes on once it has finished
        if module.__name__ == 'timm' and _MODEL_MODULES[0] in sys.modules: return
        if self.finder in sys.meta_path: sys.meta_path.remove(self.finder)
        for name in _MODEL_MODULES:
            if name not in sys.modules: importlib.import_module(name)

if 'timm' in sys.modules: from . import models, conformer
elif not any(type(f).__name__ == _RegisterModelsAfterTimm.__name__ for f in sys.meta_path):
    sys.meta_path.insert(0, _RegisterModelsAfterTimm())
