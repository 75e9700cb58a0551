namespace FactLint.Workspace;

/// <summary>Told how loading a workspace goes, so that a host can show a progress bar. Called from several threads.</summary>
public interface ILoadProgress
{
    void Discovered(int files);

    void Parsed(string path);
}
