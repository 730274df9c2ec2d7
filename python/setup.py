"""pip install --no-build-isolation ./python: builds entente._native with
cffi against the libentente named by ENTENTE_INCLUDE_DIR and ENTENTE_LIB_DIR
(default: this checkout's include/ and build/), see docs/python.md."""
from setuptools import setup

setup(
    name="entente",
    version="0.1.0",
    description="Code news text into events and analyse the signed network (libentente)",
    license="MIT",
    packages=["entente"],
    python_requires=">=3.9",
    setup_requires=["cffi"],
    install_requires=["cffi"],
    extras_require={"pandas": ["pandas"], "networkx": ["networkx"]},
    cffi_modules=["entente/_build.py:ffibuilder"],
    zip_safe=False,
)
