namespace FactLint.Schema.Keywords;

internal static class Articles
{
    /// <summary>"claim" → "A claim", "entity" → "An entity"; names (a capital, or a file name such as factlint.yaml) stay as they are.</summary>
    public static string WithArticle(string title)
    {
        if (title.Length == 0 || char.IsUpper(title[0]) || title.IndexOf('.') >= 0)
        {
            return title;
        }

        var article = "aeiou".IndexOf(title[0]) >= 0 ? "An " : "A ";
        return article + title;
    }
}
