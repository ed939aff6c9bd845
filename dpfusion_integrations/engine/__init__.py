"""The shared decoding core: batching, KV cache, λ search, mixture and private sampling."""

from dpfusion_integrations.engine.decode import DecodeRequest, DecodeResult, FusedDecoder
from dpfusion_integrations.engine.divergence import log_mixture, renyi_divergence, symmetric_renyi
from dpfusion_integrations.engine.lambda_search import LambdaSearch
from dpfusion_integrations.engine.sampling import PrivateSampler, sample_inverse_cdf

__all__ = [
    "DecodeRequest",
    "DecodeResult",
    "FusedDecoder",
    "LambdaSearch",
    "PrivateSampler",
    "log_mixture",
    "renyi_divergence",
    "sample_inverse_cdf",
    "symmetric_renyi",
]
