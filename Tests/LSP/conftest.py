"""Shared set-up of the end-to-end tests of `bmc lsp`: the server binary (the
BMC environment variable, or the debug build) and a client connected to it."""
import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BMC = os.environ.get("BMC", str(ROOT / ".build" / "debug" / "bmc"))
URI = "file:///tmp/bmc-lsp/shop%20plan.canvas.yaml"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BMC, "lsp"]))
async def client(lsp_client: LanguageClient):
    """A client with Neovim 0.7's capabilities: UTF-16 positions."""
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("neovim@v0.7.0")))
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BMC, "lsp"]))
async def utf8_client(lsp_client: LanguageClient):
    """A client with VS Code's capabilities that also offers UTF-8 positions."""
    capabilities = client_capabilities("visual-studio-code")
    capabilities.general = types.GeneralClientCapabilities(
        position_encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])
    lsp_client.capabilities_result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=capabilities))
    yield
    await lsp_client.shutdown_session()
