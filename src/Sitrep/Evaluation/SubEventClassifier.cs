using Microsoft.ML;
using Microsoft.ML.Data;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// A learned classifier of ACLED sub-event types from an event's text (ML.NET: bag of word and
/// character n-grams, maximum-entropy classifier), trained on a user's own coded rows with
/// <c>sitrep train</c>. The rule coder still finds events, places, actors and the dead; the model,
/// when given, decides the type where it is confident. Thread-safe: one prediction engine per thread.
/// </summary>
public sealed class SubEventClassifier : IDisposable
{
    private sealed class Input
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Output
    {
        [ColumnName("PredictedLabel")] public string Label { get; set; } = "";
        public float[] Score { get; set; } = [];
    }

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<Input, Output>> _engines;

    private SubEventClassifier(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        _engines = new ThreadLocal<PredictionEngine<Input, Output>>(() => _ml.Model.CreatePredictionEngine<Input, Output>(_model));
    }

    /// <summary>The probability a prediction needs before it replaces the rule coder's type.</summary>
    public double Threshold { get; init; } = 0.5;

    public static SubEventClassifier Train(IEnumerable<(string Text, string SubEventType)> examples, string modelPath, int seed = 1)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples
            .Where(e => SubEventType.TryParse(e.SubEventType) is not null)
            .Select(e => new Input { Text = e.Text, Label = SubEventType.Parse(e.SubEventType).Name }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new Microsoft.ML.Transforms.Text.TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = new Microsoft.ML.Transforms.Text.WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new Microsoft.ML.Transforms.Text.WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            }, "Text"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Features", maximumNumberOfIterations: 30))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        var dir = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        ml.Model.Save(model, data.Schema, modelPath);
        return new SubEventClassifier(ml, model);
    }

    public static SubEventClassifier Load(string modelPath)
    {
        var ml = new MLContext(1);
        var model = ml.Model.Load(modelPath, out _);
        return new SubEventClassifier(ml, model);
    }

    /// <summary>The most likely sub-event type of a text and its probability.</summary>
    public (string SubEventType, double Probability) Predict(string text)
    {
        var o = _engines.Value!.Predict(new Input { Text = text });
        return (o.Label, o.Score.Length > 0 ? o.Score.Max() : 0);
    }

    public void Dispose() => _engines.Dispose();
}
