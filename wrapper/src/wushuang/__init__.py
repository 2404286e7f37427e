"""wushuang: the Python SDK for the 无双 AI relay (www.wushuangai.com).

    from wushuang import Wushuang

    client = Wushuang()  # api_key from WUSHUANG_API_KEY
    completion = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")
    print(completion.choices[0].text)

Names load on first use, so ``import wushuang`` stays light.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
