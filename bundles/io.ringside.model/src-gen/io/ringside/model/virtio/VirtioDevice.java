/**
 */
package io.ringside.model.virtio;

import io.ringside.model.trace.Device;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtio device with its negotiated features.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.VirtioDevice#getFeatures <em>Features</em>}</li>
 *   <li>{@link io.ringside.model.virtio.VirtioDevice#getFeatureSet <em>Feature Set</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getVirtioDevice()
 * @model
 * @generated
 */
public interface VirtioDevice extends Device {
	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' attribute.
	 * @see #setFeatures(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtioDevice_Features()
	 * @model
	 * @generated
	 */
	long getFeatures();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.VirtioDevice#getFeatures <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features</em>' attribute.
	 * @see #getFeatures()
	 * @generated
	 */
	void setFeatures(long value);

	/**
	 * Returns the value of the '<em><b>Feature Set</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Set</em>' containment reference.
	 * @see #setFeatureSet(FeatureSet)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtioDevice_FeatureSet()
	 * @model containment="true"
	 * @generated
	 */
	FeatureSet getFeatureSet();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.VirtioDevice#getFeatureSet <em>Feature Set</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Set</em>' containment reference.
	 * @see #getFeatureSet()
	 * @generated
	 */
	void setFeatureSet(FeatureSet value);

} // VirtioDevice
