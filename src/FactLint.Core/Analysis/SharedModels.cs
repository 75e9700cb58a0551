using System;
using System.Collections.Generic;
using System.Threading;

namespace FactLint.Analysis;

/// <summary>
/// The models corpus rules share in one pass (claim groups, the name catalog), by type. Corpus
/// rules may run at the same time, so a model is built once, by the first rule that asks, while
/// any other rule that asks meanwhile waits for it rather than building its own.
/// </summary>
internal sealed class SharedModels
{
    private readonly object _gate = new();
    private readonly Dictionary<Type, Lazy<object>> _models = new();

    public T GetOrCreate<T>(Func<T> create)
        where T : class
    {
        Lazy<object> model;
        lock (_gate)
        {
            if (!_models.TryGetValue(typeof(T), out model!))
            {
                model = new Lazy<object>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                _models[typeof(T)] = model;
            }
        }

        return (T)model.Value;
    }
}
