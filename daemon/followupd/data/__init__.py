"""Files followupd init installs: the example config and the user unit (symlinks in a
checkout to ../../config.example.toml and ../../systemd/followupd.service; setuptools
copies their contents into the wheel)."""
