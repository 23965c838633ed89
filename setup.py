"""Package metadata comes from settings.ini, the single place nbdev and pip both read."""
from configparser import ConfigParser
from pathlib import Path

import setuptools

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
meta = cfg['DEFAULT']

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['Planning', 'Pre-Alpha', 'Alpha', 'Beta', 'Production/Stable', 'Mature', 'Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()
lic_name, lic_classifier = licenses[meta['license']]
min_python = meta['min_python']

def words(key): return meta.get(key, '').split()

setuptools.setup(
    name=meta['lib_name'],
    version=meta['version'],
    description=meta['description'],
    long_description=(here/'README.md').read_text(encoding='utf-8'),
    long_description_content_type='text/markdown',
    author=meta['author'],
    author_email=meta['author_email'],
    url=meta['git_url'],
    license=lic_name,
    keywords=meta['keywords'],
    classifiers=[
        f"Development Status :: {meta['status']} - {statuses[int(meta['status'])]}",
        f"Intended Audience :: {meta['audience']}",
        f"License :: {lic_classifier}",
        f"Natural Language :: {meta['language']}",
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
    ] + [f'Programming Language :: Python :: {v}' for v in py_versions[py_versions.index(min_python):]],
    python_requires=f'>={min_python}',
    packages=setuptools.find_packages(include=[meta['lib_path'], meta['lib_path'] + '.*']),
    include_package_data=True,
    package_data={meta['lib_path']: ['configs/*/*.yaml', 'weights/*.pth', 'weights/*.json']},
    install_requires=words('requirements'),
    extras_require={'dev': words('dev_requirements')},
    entry_points={'console_scripts': words('console_scripts'), 'nbdev': [f"{meta['lib_path']}={meta['lib_path']}._modidx:d"]},
    zip_safe=False,
)
