package vn.thidua.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import vn.thidua.shared.StartupState;

/** Faces tells when its application is built (registered in faces-config.xml); until then pages are not served. */
public class FacesReadyListener implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        CDI.current().select(StartupState.class).get().facesReady();
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
